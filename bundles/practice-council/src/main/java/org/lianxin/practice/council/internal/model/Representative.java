package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** A voter representative; {@code current} while not left. The phone is masked in lists ({@code phoneMasked}). */
public record Representative(long id, long councilId, String name, String community, String phone, boolean phoneMasked, LocalDate joinedOn, LocalDate leftOn, String leftReason, boolean current) {}

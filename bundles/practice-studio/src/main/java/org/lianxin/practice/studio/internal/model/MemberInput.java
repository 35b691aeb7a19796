package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.DeputyLevel;

/** {@code level} null: the deputy's highest seat. */
public record MemberInput(DeputyLevel level, Boolean lead, LocalDate joinedOn) {}

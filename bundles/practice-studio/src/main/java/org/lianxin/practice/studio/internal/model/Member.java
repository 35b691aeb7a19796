package org.lianxin.practice.studio.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.DeputyLevel;

/** A deputy in a studio, at the level of the seat they join with (any of the five). */
public record Member(long deputyId, String name, DeputyLevel level, boolean lead, LocalDate joinedOn) {}

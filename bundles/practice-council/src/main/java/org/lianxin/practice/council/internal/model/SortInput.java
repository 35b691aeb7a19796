package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.Category;

/** Sorting (分): a category and a route; a SUGGESTION names the deputy who raises it (of the street or a region containing it), STREET_OFFICE a handover note. */
public record SortInput(Category category, ItemRoute route, Long deputyId, String title, String note, LocalDate sortedOn) {}

package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

import org.lianxin.api.dto.SuggestionState;

/** A supervision note, with the core suggestion's state when it was written. */
public record Supervision(long id, long itemId, LocalDate notedOn, String author, String note, SuggestionState suggestionState) {}

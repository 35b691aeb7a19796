package org.lianxin.practice.studio.internal.model;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.SuggestionKind;

/** Turns a collected opinion into a deputy suggestion in core; {@code kind} null: an inter-session opinion. */
public record PromoteInput(String title, Category category, SuggestionKind kind) {}

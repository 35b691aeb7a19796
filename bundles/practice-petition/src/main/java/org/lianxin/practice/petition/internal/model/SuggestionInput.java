package org.lianxin.practice.petition.internal.model;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.SuggestionKind;

/**
 * Turns a petition revealing a general problem into a suggestion of its proxy deputy. {@code category} defaults to
 * the petition's, {@code kind} to an inter-session opinion, {@code content} to one built from the subject; the
 * petitioner's personal data never goes into it.
 */
public record SuggestionInput(String title, Category category, SuggestionKind kind, String content) {}

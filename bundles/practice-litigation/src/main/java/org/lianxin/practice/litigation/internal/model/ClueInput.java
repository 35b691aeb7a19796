package org.lianxin.practice.litigation.internal.model;

/** A deputy suggestion flagged as harming the public interest, to transfer as a clue. */
public record ClueInput(Long suggestionId, Harm harm, String note) {}

package org.lianxin.practice.litigation.internal.model;

/** The procuratorate declines the clue, with its reason. */
public record DeclineInput(String reason) {}

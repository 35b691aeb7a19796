package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** Consent as recorded: a petition exists only with it. */
public record Consent(boolean given, ConsentMethod method, String methodZh, LocalDate givenOn) {}

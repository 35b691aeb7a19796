package org.lianxin.practice.petition.internal.model;

import java.time.LocalDate;

/** The petitioner's consent to the proxy; {@code given} must be true, {@code givenOn} defaults to the day received. */
public record ConsentInput(Boolean given, ConsentMethod method, LocalDate givenOn) {}

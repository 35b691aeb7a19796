package org.lianxin.practice.council.internal.model;

import java.time.LocalDate;

/** The street office's direct handling of an item handed to it: the result and the date. */
public record HandlingInput(String result, LocalDate handledOn) {}

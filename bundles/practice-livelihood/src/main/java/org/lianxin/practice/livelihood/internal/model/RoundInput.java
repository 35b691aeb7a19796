package org.lianxin.practice.livelihood.internal.model;

/** A new yearly round of a region. */
public record RoundInput(Long regionId, Integer year, Integer places, String title) {}

package org.lianxin.practice.council.internal.model;

/** The street's yearly livelihood round, voted by the council's representatives. */
public record CouncilRoundInput(Integer year, Integer places, String title) {}

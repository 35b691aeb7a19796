package org.lianxin.practice.studio.internal.model;

/** Staff's verdict on an opinion that did not become a suggestion (e.g. settled on the spot). */
public record OutcomeInput(OpinionOutcome outcome) {}

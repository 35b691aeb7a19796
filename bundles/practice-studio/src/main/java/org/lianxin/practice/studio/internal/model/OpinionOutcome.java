package org.lianxin.practice.studio.internal.model;

/**
 * What became of an opinion a studio collected: followed from its suggestion in core (A-class or solved:
 * implemented; completed as C-class: not implemented), or set by staff for one that never became a suggestion.
 */
public enum OpinionOutcome {
    PENDING, IMPLEMENTED, NOT_IMPLEMENTED
}

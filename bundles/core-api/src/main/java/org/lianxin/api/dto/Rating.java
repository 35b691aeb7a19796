package org.lianxin.api.dto;

/** The deputy's evaluation of a reply. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED;
}

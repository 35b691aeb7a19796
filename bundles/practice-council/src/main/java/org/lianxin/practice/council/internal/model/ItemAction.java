package org.lianxin.practice.council.internal.model;

/** What can be done to an item; which ones it allows now is {@code ItemFlow}'s. */
public enum ItemAction {
    SORT, SUPERVISE, RECORD_HANDLING, EVALUATE
}

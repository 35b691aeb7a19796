package org.lianxin.practice.petition.internal.model;

/** What can be done to a petition, each allowed in some statuses only. */
public enum PetitionAction {
    STEP, RISK, RESOLVE, MARK_UNRESOLVED, FOLLOW_UP
}

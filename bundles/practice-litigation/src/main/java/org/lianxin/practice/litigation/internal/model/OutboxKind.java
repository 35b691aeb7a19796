package org.lianxin.practice.litigation.internal.model;

/** Which way a hand-off goes. */
public enum OutboxKind {
    /** a clue from a deputy suggestion, to the procuratorate */
    CLUE_TO_PROCURATORATE,
    /** a procuratorial suggestion, into the deputies' suggestion flow */
    PROCURATORIAL_TO_DEPUTIES
}

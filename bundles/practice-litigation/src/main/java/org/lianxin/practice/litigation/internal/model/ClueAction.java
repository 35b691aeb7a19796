package org.lianxin.practice.litigation.internal.model;

/** What the procuratorate records on a clue (each one a REST verb under clues/{id}/). */
public enum ClueAction {
    ACCEPT, PRE_LITIGATION, RECTIFIED, LITIGATION, JUDGED, DECLINE
}

package org.lianxin.practice.litigation.internal.model;

/** Where a clue stands; RECTIFIED, JUDGED and DECLINED are final. */
public enum ClueStatus {
    TRANSFERRED, ACCEPTED, PRE_LITIGATION_SUGGESTION, RECTIFIED, LITIGATION, JUDGED, DECLINED;

    public boolean closed() {
        return this == RECTIFIED || this == JUDGED || this == DECLINED;
    }
}

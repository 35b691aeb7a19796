package org.lianxin.practice.council.internal.model;

/** The kind of a council meeting. */
public enum MeetingKind {
    REGULAR("例会"),
    EXTRA("临时会议");

    private final String zh;

    MeetingKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

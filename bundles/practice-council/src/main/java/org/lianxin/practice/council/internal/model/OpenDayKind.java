package org.lianxin.practice.council.internal.model;

/** What the representatives attend on an open day. */
public enum OpenDayKind {
    STANDING_COMMITTEE("列席人大常委会"),
    DEPARTMENT_HEADS("与政府部门主要负责人面对面");

    private final String zh;

    OpenDayKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

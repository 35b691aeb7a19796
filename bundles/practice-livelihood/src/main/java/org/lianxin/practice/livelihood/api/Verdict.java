package org.lianxin.practice.livelihood.api;

/** A deputy's year-end verdict on a project. */
public enum Verdict {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String zh;

    Verdict(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

package org.lianxin.practice.livelihood.api;

/** A candidate's place in the result. */
public enum Outcome {
    ELECTED("当选"),
    NOT_ELECTED("未当选"),
    NO_MAJORITY("未过半数");

    private final String zh;

    Outcome(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

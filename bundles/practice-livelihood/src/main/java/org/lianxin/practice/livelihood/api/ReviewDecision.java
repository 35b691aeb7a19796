package org.lianxin.practice.livelihood.api;

/** The standing committee's decision on the candidate list. */
public enum ReviewDecision {
    APPROVED("审议通过"),
    RETURNED("退回修改");

    private final String zh;

    ReviewDecision(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

package org.lianxin.practice.petition.internal.model;

/** How likely the conflict is to escalate (上访隐患), as the deputy judges it. */
public enum RiskLevel {
    NONE("无"), LOW("低"), MEDIUM("中"), HIGH("高");

    private final String zh;

    RiskLevel(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

package org.lianxin.practice.petition.internal.model;

/** What the deputy did for a petition. {@code RISK_NOTED} is written by a change of risk, not posted as a step. */
public enum StepKind {
    VISIT("走访"), MEDIATION("调解"), COORDINATION("协调部门"), REPORT_BACK("反馈"), OTHER("其他"), RISK_NOTED("风险研判");

    private final String zh;

    StepKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

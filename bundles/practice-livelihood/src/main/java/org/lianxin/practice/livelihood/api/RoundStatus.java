package org.lianxin.practice.livelihood.api;

/** The stages of a yearly round (群众提、代表决、政府办、人大评). */
public enum RoundStatus {
    COLLECTING("征集项目"),
    CANDIDATES_DRAFTED("政府拟定候选项目"),
    REVIEWED("常委会审议通过"),
    VOTING("代表大会票决中"),
    COUNTED("已计票"),
    RESULT_PUBLISHED("票决结果已公布"),
    TRACKING("实施与监督"),
    CLOSED("已结束");

    private final String zh;

    RoundStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

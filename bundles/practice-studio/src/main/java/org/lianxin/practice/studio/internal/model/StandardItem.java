package org.lianxin.practice.studio.internal.model;

/** The "八有" standard a studio is checked against: eight things it must have. */
public enum StandardItem {
    ORGANIZATION("有组织架构图"), SERVICE_NOTICE("有服务公示"), RULES("有工作制度"), CONTACT_CARDS("有服务联系卡"),
    OPINION_REGISTER("有意见登记簿"), HANDLING_PROCESS("有意见办理流程"), ONLINE_GROUP("有线上交流群"),
    MATERIALS("有专业资料");

    private final String zh;

    StandardItem(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

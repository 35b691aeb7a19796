package org.lianxin.practice.studio.internal.model;

/** The profession a studio gathers deputies around. */
public enum Theme {
    EDUCATION("教育"), GRASSROOTS_GOVERNANCE("基层治理"), RURAL_REVITALIZATION("乡村振兴"),
    BUSINESS_ENVIRONMENT("营商环境"), HEALTH("医疗卫生"), ECOLOGY("生态环境"), LAW("法律"), OTHER("其他");

    private final String zh;

    Theme(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

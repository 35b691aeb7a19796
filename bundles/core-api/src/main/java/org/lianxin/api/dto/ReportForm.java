package org.lianxin.api.dto;

/** How a deputy reports to the voters; the scoring table weighs them (an oral report four times a written one). */
public enum ReportForm {
    ORAL("口头述职"), WRITTEN("书面述职");

    private final String zh;

    ReportForm(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

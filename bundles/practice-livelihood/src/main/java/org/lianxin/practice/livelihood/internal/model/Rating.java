package org.lianxin.practice.livelihood.internal.model;

/** A supervision review's rating (三评一问). */
public enum Rating {
    GOOD("好"),
    FAIR("一般"),
    POOR("差");

    private final String zh;

    Rating(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

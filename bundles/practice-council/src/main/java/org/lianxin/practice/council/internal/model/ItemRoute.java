package org.lianxin.practice.council.internal.model;

/** How a sorted item is handled: raised as a core suggestion by a deputy, or handed to the street office for direct handling. */
public enum ItemRoute {
    SUGGESTION("代表建议"),
    STREET_OFFICE("街道办直接办理");

    private final String zh;

    ItemRoute(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

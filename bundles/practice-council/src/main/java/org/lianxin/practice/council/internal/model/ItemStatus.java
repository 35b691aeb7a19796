package org.lianxin.practice.council.internal.model;

/** Where an item stands in 选、分、督、评. */
public enum ItemStatus {
    SELECTED("已选"),
    SORTED("已分"),
    SUPERVISING("督办中"),
    EVALUATED("已评");

    private final String zh;

    ItemStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

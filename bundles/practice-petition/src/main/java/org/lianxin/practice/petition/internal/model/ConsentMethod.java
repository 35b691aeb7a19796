package org.lianxin.practice.petition.internal.model;

/** How the petitioner agreed that the deputy acts as their proxy. */
public enum ConsentMethod {
    WRITTEN("书面"), ORAL("口头");

    private final String zh;

    ConsentMethod(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

package org.lianxin.practice.livelihood.internal.model;

/** Who proposed a project. */
public enum ProposalSource {
    PUBLIC("群众提出"),
    DEPUTY("代表提出");

    private final String zh;

    ProposalSource(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

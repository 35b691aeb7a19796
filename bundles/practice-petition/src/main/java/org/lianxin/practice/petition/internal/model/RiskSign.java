package org.lianxin.practice.petition.internal.model;

/** Early signs of risk a deputy notes on a petition. */
public enum RiskSign {
    REPEATED_VISITS("多次重复信访"), GROUP_PETITION("群体性"), EXTREME_WORDS("过激言行"), LONG_STANDING("信访积案"),
    VULNERABLE_PERSON("困难群体"), OTHER("其他");

    private final String zh;

    RiskSign(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

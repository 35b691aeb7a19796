package org.lianxin.practice.council.internal.model;

/**
 * A council's standing in a year: MET (two or more REGULAR meetings held), DUE (the current year, not yet two), MISSED
 * (a past year with fewer than two); NOT_ESTABLISHED for a year before the council was established (owes nothing).
 */
public enum ComplianceFlag {
    MET("已达标"),
    DUE("待召开"),
    MISSED("未达标"),
    NOT_ESTABLISHED("尚未成立");

    private final String zh;

    ComplianceFlag(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

package org.lianxin.practice.petition.internal.model;

/** Where a petition stands; the moves between them are {@code PetitionFlow}'s. */
public enum PetitionStatus {
    REGISTERED("已登记"), IN_PROGRESS("代办中"), RESOLVED("已化解"), UNRESOLVED("未化解"), CLOSED("已回访办结");

    private final String zh;

    PetitionStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** The conflict is not defused yet: still being handled, or concluded without a solution and not closed. */
    public boolean open() {
        return this == REGISTERED || this == IN_PROGRESS || this == UNRESOLVED;
    }
}

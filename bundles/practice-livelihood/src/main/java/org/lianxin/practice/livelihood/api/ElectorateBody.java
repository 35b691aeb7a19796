package org.lianxin.practice.livelihood.api;

/**
 * Who votes in a round. The people's congress deputies present at the session (the default), or the voter
 * representatives of a voter deliberation council (选民议政会) of a street, which has no people's congress of its own.
 */
public enum ElectorateBody {
    DEPUTIES("人大代表", "deputy"),
    COUNCIL("选民议政会代表", "representative");

    private final String zh;
    private final String noun;

    ElectorateBody(String zh, String noun) {
        this.zh = zh;
        this.noun = noun;
    }

    public String zh() {
        return zh;
    }

    /** What one elector is called in messages: "deputy 4 has already voted", "representative 7 ...". */
    public String noun() {
        return noun;
    }
}

package org.lianxin.core.internal.testdb;

import java.time.LocalDate;

/** The columns of a suggestion that statistics and scores read, with fluent setters; registered by default. */
public final class SuggestionRow {
    long regionId;
    LocalDate created = LocalDate.of(2025, 3, 1);
    boolean registered = true;
    String state = "HANDLING";
    String category = "INFRASTRUCTURE";
    Long unitId;
    LocalDate deadline;
    String resultClass;
    LocalDate replied;
    String rating;
    boolean solved;
    Long deputyId;

    public static SuggestionRow in(long regionId) {
        SuggestionRow r = new SuggestionRow();
        r.regionId = regionId;
        return r;
    }

    public SuggestionRow created(LocalDate d) { created = d; return this; }
    public SuggestionRow unregistered() { registered = false; return this; }
    public SuggestionRow state(String s) { state = s; return this; }
    public SuggestionRow category(String c) { category = c; return this; }
    public SuggestionRow unit(long u) { unitId = u; return this; }
    public SuggestionRow deadline(LocalDate d) { deadline = d; return this; }
    public SuggestionRow replied(String resultClass, LocalDate on) { this.resultClass = resultClass; replied = on; return this; }
    public SuggestionRow rated(String r) { rating = r; return this; }
    public SuggestionRow solved() { solved = true; return this; }
    public SuggestionRow by(long deputy) { deputyId = deputy; return this; }
}

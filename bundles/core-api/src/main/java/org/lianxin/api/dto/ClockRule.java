package org.lianxin.api.dto;

/**
 * The deadlines the handling clock knows. Each has a default period (DOMAIN.md §3) that a region can
 * override in configuration, e.g. {@code rule.ROUTE_COUNTY=5WD}.
 */
public enum ClockRule {
    /** Township presidium review: within one week. */
    TOWNSHIP_REVIEW("7D"),
    /** Township matter transferred to the township: 3 days. */
    ROUTE_TOWNSHIP("3D"),
    /** County matter assigned to the county's units: 5 days. */
    ROUTE_COUNTY("5D"),
    /** City-or-above matter reported up: 3 days. */
    ROUTE_CITY("3D"),
    /** Inter-session opinion one unit can solve: 1 month. */
    HANDLING_SINGLE_UNIT("1M"),
    /** Inter-session opinion needing several units: at most 2 months. */
    HANDLING_MULTI_UNIT("2M"),
    /** Formal session suggestion or motion: the statutory 3 months. */
    SESSION_REPLY("3M"),
    /** The longest a session suggestion may take with approved extensions: 6 months. */
    SESSION_MAX("6M"),
    /** The longest an inter-session opinion may take with approved extensions. */
    HANDLING_MAX("2M"),
    /** Key supervision: a new deadline of 1 month. */
    SUPERVISION("1M");

    private final String defaultPeriod;

    ClockRule(String defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }

    /** The period used when no configuration overrides it: {@code nD} calendar days, {@code nWD} working days, {@code nM} months. */
    public String defaultPeriod() {
        return defaultPeriod;
    }
}

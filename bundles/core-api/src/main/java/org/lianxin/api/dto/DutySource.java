package org.lianxin.api.dto;

/** Who wrote a duty record: a person, or the system from an event it already holds. */
public enum DutySource {
    MANUAL, AUTOMATIC;
}

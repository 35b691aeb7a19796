package org.lianxin.api.dto;

/** The five levels of people's congress deputies (五级代表). */
public enum DeputyLevel {
    NATIONAL, PROVINCIAL, CITY, COUNTY, TOWNSHIP;
}

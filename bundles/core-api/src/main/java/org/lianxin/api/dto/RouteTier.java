package org.lianxin.api.dto;

/** Whose competence a matter is (分级处理). */
public enum RouteTier {
    TOWNSHIP, COUNTY, CITY;
}

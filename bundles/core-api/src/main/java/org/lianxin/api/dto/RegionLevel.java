package org.lianxin.api.dto;

/** Levels of the region tree, top down. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP;
}

package org.lianxin.api.dto;

/** What happened at one station in a period: deputies' reception days and opinions taken. */
public record StationActivity(long stationId, String code, String name, long regionId, long receptions,
        long opinions) {}

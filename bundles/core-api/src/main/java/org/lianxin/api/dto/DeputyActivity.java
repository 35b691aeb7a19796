package org.lianxin.api.dto;

/** What one deputy did in a period: suggestions co-signed, receptions at stations, visits, all approved duties. */
public record DeputyActivity(long deputyId, String name, long regionId, long suggestionsRaised, long receptions,
        long visits, long dutyRecords) {}

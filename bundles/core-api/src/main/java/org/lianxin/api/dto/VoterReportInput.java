package org.lianxin.api.dto;

import java.time.LocalDate;

/** Schedules a directly elected deputy's report to the constituency (述职), once per term. */
public record VoterReportInput(long deputyId, ReportForm form, LocalDate scheduledOn, String place, Long stationId) {}

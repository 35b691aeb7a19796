package org.lianxin.api.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy's report to the voters. Holding it writes the REPORT_TO_VOTERS duty record ({@code dutyRecordId});
 * {@code approval} is (satisfied + basically satisfied) / ratings, in percent.
 */
public record VoterReport(long id, long deputyId, String deputyName, long regionId, String term, ReportForm form,
        ReportStatus status, LocalDate scheduledOn, LocalDate heldOn, String place, Long stationId,
        int votersPresent, String summary, int satisfied, int basicallySatisfied, int unsatisfied,
        BigDecimal approval, Long dutyRecordId, String cancelReason, String createdBy, Instant createdAt) {}

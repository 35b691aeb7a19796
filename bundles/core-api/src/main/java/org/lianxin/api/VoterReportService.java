package org.lianxin.api;

import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.HeldReport;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.ReportStatus;
import org.lianxin.api.dto.VoterRatings;
import org.lianxin.api.dto.VoterReport;
import org.lianxin.api.dto.VoterReportInput;
import org.osgi.annotation.versioning.ProviderType;

/** Reports to voters (向选民述职): each directly elected deputy once per term, oral or written, rated by voters. */
@ProviderType
public interface VoterReportService {

    /** Refused for a deputy who is not directly elected, or who already has a report this term. */
    VoterReport schedule(VoterReportInput input, String actor);

    /** Marks the report held and records the duty (REPORT_TO_VOTERS, with the form as its variant). */
    VoterReport hold(long id, HeldReport held, String actor);

    /** Adds voters' ratings to a held report. */
    VoterReport rate(long id, VoterRatings ratings, String actor);

    VoterReport cancel(long id, String reason, String actor);

    VoterReport get(long id);

    Page<VoterReport> list(Long regionId, Long deputyId, ReportStatus status, PageRequest page);

    /** Directly elected active deputies of the region (and below) with no report scheduled or held this term. */
    Page<Deputy> due(long regionId, PageRequest page);
}

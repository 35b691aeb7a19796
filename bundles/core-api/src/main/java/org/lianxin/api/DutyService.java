package org.lianxin.api;

import org.lianxin.api.dto.CorrectionStatus;
import org.lianxin.api.dto.DutyCorrection;
import org.lianxin.api.dto.DutyCorrectionInput;
import org.lianxin.api.dto.DutyQuery;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Deputies' duty registers (履职登记). What the system already knows (a suggestion raised, a problem the deputy
 * saw resolved, a reception at a station) is recorded automatically; other duties are entered and reviewed by
 * staff; deputies ask for corrections of errors, double counts and omissions (错重漏).
 */
@ProviderType
public interface DutyService {

    /** Enters a duty record for review (PENDING). */
    DutyRecord record(DutyRecordInput input, String actor);

    /**
     * Records a duty that a trusted source has already verified, e.g. a practice plugin's activity: APPROVED at
     * once, and written once only per {@code sourceRef}; a second call with the same deputy and reference
     * returns the first record.
     */
    DutyRecord recordVerified(DutyRecordInput input, String sourceRef, String actor);

    DutyRecord get(long id);

    Page<DutyRecord> list(DutyQuery query, PageRequest page);

    DutyRecord approve(long id, String note, String actor);

    DutyRecord reject(long id, String reason, String actor);

    DutyCorrection requestCorrection(DutyCorrectionInput input, String actor);

    DutyCorrection getCorrection(long id);

    Page<DutyCorrection> listCorrections(Long deputyId, CorrectionStatus status, PageRequest page);

    /**
     * Accepts a correction and applies it: an error's record takes the proposed facts, a duplicate is voided,
     * an omission's record is written (approved).
     */
    DutyCorrection acceptCorrection(long id, String resolution, String actor);

    DutyCorrection rejectCorrection(long id, String reason, String actor);
}

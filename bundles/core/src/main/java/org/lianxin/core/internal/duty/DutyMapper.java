package org.lianxin.core.internal.duty;

import org.lianxin.api.dto.CorrectionKind;
import org.lianxin.api.dto.CorrectionStatus;
import org.lianxin.api.dto.DutyCorrection;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecord;
import org.lianxin.api.dto.DutyDetails;
import org.lianxin.api.dto.DutySource;
import org.lianxin.api.dto.DutyStatus;
import org.lianxin.core.internal.jpa.DutyCorrectionEntity;
import org.lianxin.core.internal.jpa.DutyFactsColumns;
import org.lianxin.core.internal.jpa.DutyRecordEntity;
import org.lianxin.core.internal.util.Clocks;

/** Duty entities to DTOs. */
final class DutyMapper {
    private DutyMapper() {
    }

    static DutyRecord dto(DutyRecordEntity r) {
        DutyFactsColumns f = r.facts;
        return new DutyRecord(r.id, r.deputyId, r.regionId, DutyKind.valueOf(f.kind), f.date, f.place, f.stationId,
                f.participants, f.evidence, DutySource.valueOf(r.source), r.sourceRef, DutyStatus.valueOf(r.status),
                r.reviewNote, r.reviewedBy, r.createdBy, Clocks.instant(r.createdAt));
    }

    static DutyCorrection dto(DutyCorrectionEntity c) {
        DutyFacts facts = DutyFacts.of(c.proposed);
        DutyDetails proposed = facts == null ? null : facts.details();
        return new DutyCorrection(c.id, c.deputyId, CorrectionKind.valueOf(c.kind), c.recordId, c.description,
                proposed, CorrectionStatus.valueOf(c.status), c.resolution, c.resolvedBy, c.resultRecordId,
                Clocks.instant(c.createdAt), Clocks.instant(c.resolvedAt));
    }
}

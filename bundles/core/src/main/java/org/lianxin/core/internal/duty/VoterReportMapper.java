package org.lianxin.core.internal.duty;

import org.lianxin.api.dto.ReportForm;
import org.lianxin.api.dto.ReportStatus;
import org.lianxin.api.dto.VoterReport;
import org.lianxin.core.internal.jpa.VoterReportEntity;
import org.lianxin.core.internal.stats.KpiFormulas;
import org.lianxin.core.internal.util.Clocks;

final class VoterReportMapper {
    private VoterReportMapper() {
    }

    static VoterReport dto(VoterReportEntity r, String deputyName) {
        int ratings = r.satisfied + r.basicallySatisfied + r.unsatisfied;
        return new VoterReport(r.id, r.deputyId, deputyName, r.regionId, r.term, ReportForm.valueOf(r.form),
                ReportStatus.valueOf(r.status), r.scheduledOn, r.heldOn, r.place, r.stationId, r.votersPresent,
                r.summary, r.satisfied, r.basicallySatisfied, r.unsatisfied,
                KpiFormulas.percent(r.satisfied + r.basicallySatisfied, ratings), r.dutyRecordId, r.cancelReason,
                r.createdBy, Clocks.instant(r.createdAt));
    }
}

package org.lianxin.core.internal.duty;

import java.time.LocalDate;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.CorrectionKind;
import org.lianxin.api.dto.DutyCorrectionInput;
import org.lianxin.api.dto.DutyStatus;

/** What each kind of correction request must carry. */
final class Corrections {
    private Corrections() {
    }

    /**
     * The proposed facts, checked: an ERROR says what is right and an OMISSION what is missing, so both need
     * them; a DUPLICATE needs none (and any given are ignored). ERROR and DUPLICATE name their record.
     */
    static DutyFacts proposedFacts(DutyCorrectionInput in, LocalDate today) {
        CorrectionKind kind = in.kind();
        if (kind != CorrectionKind.OMISSION && in.recordId() == null) {
            throw new ValidationException("recordId", "a correction of kind " + kind + " names the record concerned");
        }
        if (kind == CorrectionKind.DUPLICATE) {
            return null;
        }
        if (in.proposed() == null) {
            throw new ValidationException("proposed", "a correction of kind " + kind
                    + " says what the record should hold (kind, date, evidence)");
        }
        return DutyFacts.of(in.proposed(), "proposed.", today);
    }

    /** Only records that count can be wrong or double: rejected or voided ones count for nothing already. */
    static boolean correctable(DutyStatus status) {
        return status == DutyStatus.PENDING || status == DutyStatus.APPROVED;
    }
}

package org.lianxin.core.internal.duty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.CorrectionKind;
import org.lianxin.api.dto.DutyCorrectionInput;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyDetails;
import org.lianxin.api.dto.DutyStatus;

public class CorrectionsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final DutyDetails RIGHT = new DutyDetails(DutyKind.VISIT, LocalDate.of(2025, 6, 1), "段园镇",
            null, null, "走访记录");

    @Test
    public void anErrorNamesItsRecordAndSaysWhatIsRight() {
        DutyFacts f = Corrections.proposedFacts(new DutyCorrectionInput(5, CorrectionKind.ERROR, 9L, "日期错", RIGHT), TODAY);
        assertEquals(DutyKind.VISIT, f.kind());
        assertEquals("proposed", field(new DutyCorrectionInput(5, CorrectionKind.ERROR, 9L, "日期错", null)));
        assertEquals("recordId", field(new DutyCorrectionInput(5, CorrectionKind.ERROR, null, "日期错", RIGHT)));
    }

    @Test
    public void aDuplicateNamesItsRecordAndNeedsNoFacts() {
        assertNull(Corrections.proposedFacts(new DutyCorrectionInput(5, CorrectionKind.DUPLICATE, 9L, "重复", null), TODAY));
        assertEquals("recordId", field(new DutyCorrectionInput(5, CorrectionKind.DUPLICATE, null, "重复", null)));
    }

    @Test
    public void anOmissionSaysWhatIsMissingAndTheFactsAreCheckedLikeAnEntry() {
        assertEquals(DutyKind.VISIT, Corrections.proposedFacts(
                new DutyCorrectionInput(5, CorrectionKind.OMISSION, null, "漏记", RIGHT), TODAY).kind());
        DutyDetails future = new DutyDetails(DutyKind.VISIT, TODAY.plusDays(1), null, null, null, "x");
        assertEquals("proposed.date", field(new DutyCorrectionInput(5, CorrectionKind.OMISSION, null, "漏记", future)));
        DutyDetails noEvidence = new DutyDetails(DutyKind.VISIT, TODAY, null, null, null, " ");
        assertEquals("proposed.evidence",
                field(new DutyCorrectionInput(5, CorrectionKind.OMISSION, null, "漏记", noEvidence)));
    }

    @Test
    public void onlyRecordsThatCountCanBeCorrected() {
        assertTrue(Corrections.correctable(DutyStatus.PENDING));
        assertTrue(Corrections.correctable(DutyStatus.APPROVED));
        assertFalse(Corrections.correctable(DutyStatus.REJECTED));
        assertFalse(Corrections.correctable(DutyStatus.VOIDED));
    }

    private static String field(DutyCorrectionInput in) {
        try {
            Corrections.proposedFacts(in, TODAY);
            fail("accepted " + in);
            return null;
        } catch (ValidationException e) {
            return e.field();
        }
    }
}

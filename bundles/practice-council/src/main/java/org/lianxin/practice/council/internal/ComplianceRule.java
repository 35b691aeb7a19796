package org.lianxin.practice.council.internal;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.practice.council.internal.jpa.CouncilEntity;
import org.lianxin.practice.council.internal.jpa.MeetingEntity;
import org.lianxin.practice.council.internal.model.Compliance;
import org.lianxin.practice.council.internal.model.ComplianceFlag;
import org.lianxin.practice.council.internal.model.MeetingKind;

/**
 * "At least two meetings a year" (各街道按每年两次的频率开展集中的选民议政活动, 001 Chongchuan), without a database.
 * <p>
 * A meeting <b>counts</b> when it is REGULAR, its date is not in the future and its minutes are recorded: a meeting is
 * planned first and held once minutes show it took place. An EXTRA meeting is held on top of the regular two and does
 * not replace one of them (it is shown apart). A council's year is MET with {@value #REQUIRED} or more; otherwise DUE
 * while the year is not over (the current or a later year), MISSED once it is. A year before the council was
 * established is NOT_ESTABLISHED: the year it was established owes its two meetings like any other.
 */
final class ComplianceRule {
    static final int REQUIRED = 2;

    private ComplianceRule() {
    }

    static ComplianceFlag flag(int held, int year, int currentYear) {
        if (held >= REQUIRED) {
            return ComplianceFlag.MET;
        }
        return year >= currentYear ? ComplianceFlag.DUE : ComplianceFlag.MISSED;
    }

    /** Whether a meeting of this kind, date and minutes counts toward the year's two. */
    static boolean counts(boolean regular, LocalDate heldOn, String minutes, LocalDate today) {
        return regular && held(heldOn, minutes, today);
    }

    /** Held: its date has come and its minutes are recorded. */
    static boolean held(LocalDate heldOn, String minutes, LocalDate today) {
        return minutes != null && !heldOn.isAfter(today);
    }

    /**
     * The council's year from its meetings of that year: REGULAR ones held, EXTRA ones held, those still planned (no
     * minutes yet, or ahead), and whether a held meeting heard the street office's report.
     */
    static Compliance of(CouncilEntity c, List<MeetingEntity> meetingsOfYear, int year, LocalDate today) {
        int held = 0;
        int extra = 0;
        int planned = 0;
        boolean report = false;
        for (MeetingEntity m : meetingsOfYear) {
            if (m.heldOn.getYear() != year) {
                continue;
            }
            if (!held(m.heldOn, m.minutes, today)) {
                planned++;
                continue;
            }
            if (MeetingKind.REGULAR.name().equals(m.kind)) {
                held++;
            } else {
                extra++;
            }
            report |= m.reportTitle != null;
        }
        ComplianceFlag flag = c.establishedOn != null && year < c.establishedOn.getYear()
                ? ComplianceFlag.NOT_ESTABLISHED : flag(held, year, today.getYear());
        return new Compliance(c.id, c.name, c.regionId, year, held, extra, planned, REQUIRED, flag, flag.zh(), report);
    }
}

package org.lianxin.core.internal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lianxin.api.DutyService;
import org.lianxin.api.VoterReportService;
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DutyKind;
import org.lianxin.api.dto.DutyRecordInput;
import org.lianxin.api.dto.HeldReport;
import org.lianxin.api.dto.ReportForm;
import org.lianxin.api.dto.VoterRatings;
import org.lianxin.api.dto.VoterReport;
import org.lianxin.api.dto.VoterReportInput;
import org.lianxin.core.internal.tx.Tx;

/**
 * Last year and this year of the demo deputies' duty registers, so scores and rankings mean something on first
 * start: each deputy is given an activity level, and does that share of what a model deputy does in a year.
 * Written as verified records (once per reference, so a repeat changes nothing), one transaction per deputy-year.
 */
final class DemoDuties {
    /** What a deputy graded 优秀 does in a year. */
    private static final Map<DutyKind, Integer> MODEL_YEAR = Map.ofEntries(Map.entry(DutyKind.SESSION, 1),
            Map.entry(DutyKind.STANDING_COMMITTEE, 1), Map.entry(DutyKind.GROUP_ACTIVITY, 6),
            Map.entry(DutyKind.INSPECTION, 3), Map.entry(DutyKind.TRAINING, 2), Map.entry(DutyKind.PUBLIC_SERVICE, 4),
            Map.entry(DutyKind.RECEPTION, 14), Map.entry(DutyKind.VISIT, 5), Map.entry(DutyKind.SUGGESTION_RAISED, 3),
            Map.entry(DutyKind.RESEARCH_REPORT, 2), Map.entry(DutyKind.INVESTMENT_LEAD, 2),
            Map.entry(DutyKind.MEETING_OFFICIALS, 2), Map.entry(DutyKind.PROBLEM_RESOLVED, 5));
    private static final String ACTOR = "demo";

    private final DutyService duties;
    private final VoterReportService reports;
    private final Tx tx;

    DemoDuties(DutyService duties, VoterReportService reports, Tx tx) {
        this.duties = duties;
        this.reports = reports;
        this.tx = tx;
    }

    /** One year (January to {@code until}) of records for a deputy doing {@code level} (0-1) of the model year. */
    int year(Deputy d, int year, LocalDate until, double level) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = until.isBefore(LocalDate.of(year, 12, 31)) ? until : LocalDate.of(year, 12, 31);
        if (end.isBefore(start)) {
            return 0;
        }
        double share = (ChronoUnit.DAYS.between(start, end) + 1) / 365.0;
        Long station = d.stationIds().isEmpty() ? null : d.stationIds().get(0);
        return tx.write(em -> {
            int written = 0;
            for (DutyKind kind : DutyKind.values()) {
                Integer model = MODEL_YEAR.get(kind);
                if (model == null) {
                    continue;
                }
                // sessions and standing-committee meetings happen once a year whatever the date
                int n = (int) Math.round(model * level * (model == 1 ? 1 : share));
                List<LocalDate> dates = kind == DutyKind.RECEPTION ? receptionDays(start, end, n) : spread(start, end, n);
                for (int i = 0; i < dates.size(); i++) {
                    boolean atStation = kind == DutyKind.RECEPTION && station != null;
                    duties.recordVerified(new DutyRecordInput(d.id(), kind, dates.get(i), atStation ? null : "淮北市",
                            atStation ? station : null, d.name(), "签到表、活动照片（演示数据）"),
                            "demo:" + kind + ":" + dates.get(i) + ":" + i, ACTOR);
                    written++;
                }
            }
            return written;
        });
    }

    /** A report to voters held and rated: {@code yes} of 100 voters satisfied or basically satisfied. */
    void report(Deputy d, ReportForm form, LocalDate on, int yes) {
        VoterReport r = reports.schedule(new VoterReportInput(d.id(), form, on, d.constituency(), null), ACTOR);
        reports.hold(r.id(), new HeldReport(on, form, 100, "汇报一年来履职情况并接受选民评议（演示数据）"), ACTOR);
        reports.rate(r.id(), new VoterRatings(yes * 3 / 4, yes - yes * 3 / 4, 100 - yes), ACTOR);
    }

    /** The 1st and the 20th of each month (the reception days of 003 Duji), the first n of them. */
    static List<LocalDate> receptionDays(LocalDate start, LocalDate end, int n) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(end) && out.size() < n; m = m.plusMonths(1)) {
            for (int day : new int[] {1, 20}) {
                LocalDate d = m.withDayOfMonth(day);
                if (!d.isBefore(start) && !d.isAfter(end) && out.size() < n) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** n dates evenly over [start, end]. */
    static List<LocalDate> spread(LocalDate start, LocalDate end, int n) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(start.plusDays((long) ((i + 0.5) * days / n)));
        }
        return out;
    }
}

package org.lianxin.core.internal.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.lianxin.api.dto.KpiDefinition;
import org.lianxin.api.dto.Kpis;

/** The one place where the published figures are defined and computed from counts. */
public final class KpiFormulas {
    private KpiFormulas() {
    }

    /** {@code part / whole} as a percentage rounded half-up to two decimals (94.26), null when nothing to divide by. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    static Kpis kpis(Counts c) {
        long replied = c.replied();
        long evaluated = c.evaluated();
        return new Kpis(c.raised, c.completed, c.solved, replied, c.classA, c.classB, c.classC, evaluated,
                c.satisfied, c.basicallySatisfied, c.unsatisfied, c.repliedWithDeadline, c.onTime, c.overdueOpen,
                percent(c.completed, c.raised), percent(c.solved, c.raised),
                percent(c.satisfied + c.basicallySatisfied, evaluated), percent(c.classA, replied),
                percent(c.classB, replied), percent(c.classC, replied), percent(c.onTime, c.repliedWithDeadline));
    }

    static final List<KpiDefinition> DEFINITIONS = List.of(
            def("raised", "提出数", "raised", "suggestions registered with a ledger number (merged duplicates not counted)"),
            def("completed", "办结数", "completed", "raised and in state COMPLETED, EXPLAINED or CLOSED"),
            def("completionRate", "办结率", "completion rate", "completed / raised"),
            def("solved", "办成数", "solved", "replied class A, or class B later marked solved"),
            def("successRate", "办成率", "success rate", "solved / raised"),
            def("replied", "答复数", "replied", "replied with a result class A, B or C"),
            def("aShare", "A类占比", "A share", "class A / replied"),
            def("bShare", "B类占比", "B share", "class B / replied"),
            def("cShare", "C类占比", "C share", "class C / replied"),
            def("evaluated", "已评价数", "evaluated", "replies the deputy rated"),
            def("satisfactionRate", "满意率", "satisfaction rate",
                    "(satisfied + basically satisfied) / evaluated"),
            def("onTime", "按期答复数", "replied on time", "replied on or before the deadline (extensions included)"),
            def("onTimeRate", "按期答复率", "on-time rate", "on time / replied with a deadline"),
            def("overdueOpen", "超期未答复", "overdue, unanswered",
                    "assigned, handling or supervised, no reply, deadline before today"),
            def("submissionRate", "提出率", "submission rate",
                    "active deputies of the region who raised or co-signed a suggestion / active deputies"),
            def("deputy.suggestionsRaised", "代表提出建议数", "suggestions per deputy",
                    "suggestions registered in the period that the deputy raised or co-signed"),
            def("deputy.receptions", "代表进站接待次数", "receptions per deputy",
                    "approved RECEPTION duty records in the period"),
            def("deputy.visits", "代表走访次数", "visits per deputy", "approved VISIT duty records in the period"),
            def("station.receptions", "站点接待次数", "receptions per station",
                    "approved RECEPTION duty records at the station in the period"),
            def("station.opinions", "站点收集意见数", "opinions per station",
                    "opinions taken at the station in the period"));

    private static KpiDefinition def(String key, String zh, String en, String formula) {
        return new KpiDefinition(key, zh, en, formula);
    }
}

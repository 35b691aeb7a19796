package org.lianxin.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lianxin.api.dto.Kpis;
import org.lianxin.api.dto.Rating;
import org.lianxin.api.dto.ResultClass;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionState;

/**
 * The naive side: the statistics computed in Java from suggestions loaded row by row, with the definitions of
 * {@code StatisticsService.definitions()} written out again (raised, completed, A share...).
 */
final class NaiveCounts {
    private static final Set<SuggestionState> AWAITING_REPLY = Set.of(SuggestionState.ASSIGNED,
            SuggestionState.HANDLING, SuggestionState.SUPERVISED);
    private final LocalDate today;
    long rows;
    long raised;
    long completed;
    long solved;
    long classA;
    long classB;
    long classC;
    long satisfied;
    long basicallySatisfied;
    long unsatisfied;
    long repliedWithDeadline;
    long onTime;
    long overdueOpen;

    NaiveCounts(LocalDate today) {
        this.today = today;
    }

    void add(Suggestion s) {
        add(s.ledgerNo() != null, s.state(), s.resultClass(), s.solved(), s.rating(), s.deadline(),
                s.repliedAt() == null ? null : LocalDate.ofInstant(s.repliedAt(), ZoneOffset.UTC));
    }

    /** One row; {@code repliedOn} is the (UTC) day of the reply, as the database's CAST(REPLIED_AT AS DATE). */
    void add(boolean hasLedgerNo, SuggestionState state, ResultClass resultClass, boolean isSolved, Rating rating,
            LocalDate deadline, LocalDate repliedOn) {
        rows++;
        if (!hasLedgerNo || state == SuggestionState.MERGED) {
            return;
        }
        raised++;
        if (state.isCompleted()) {
            completed++;
        }
        if (resultClass == ResultClass.A || resultClass == ResultClass.B && isSolved) {
            solved++;
        }
        if (resultClass == ResultClass.A) {
            classA++;
        } else if (resultClass == ResultClass.B) {
            classB++;
        } else if (resultClass == ResultClass.C) {
            classC++;
        }
        if (rating == Rating.SATISFIED) {
            satisfied++;
        } else if (rating == Rating.BASICALLY_SATISFIED) {
            basicallySatisfied++;
        } else if (rating == Rating.UNSATISFIED) {
            unsatisfied++;
        }
        if (resultClass != null && deadline != null) {
            repliedWithDeadline++;
            if (repliedOn != null && !repliedOn.isAfter(deadline)) {
                onTime++;
            }
        }
        if (repliedOn == null && deadline != null && deadline.isBefore(today) && AWAITING_REPLY.contains(state)) {
            overdueOpen++;
        }
    }

    static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    BigDecimal completionRate() {
        return percent(completed, raised);
    }

    BigDecimal aShare() {
        return percent(classA, classA + classB + classC);
    }

    /** The figures that differ from the aggregate's, as "name naive/aggregate"; empty when all agree. */
    List<String> differences(Kpis k) {
        List<String> diff = new ArrayList<>();
        check(diff, "raised", raised, k.raised());
        check(diff, "completed", completed, k.completed());
        check(diff, "solved", solved, k.solved());
        check(diff, "classA", classA, k.classA());
        check(diff, "classB", classB, k.classB());
        check(diff, "classC", classC, k.classC());
        check(diff, "satisfied", satisfied, k.satisfied());
        check(diff, "basicallySatisfied", basicallySatisfied, k.basicallySatisfied());
        check(diff, "unsatisfied", unsatisfied, k.unsatisfied());
        check(diff, "repliedWithDeadline", repliedWithDeadline, k.repliedWithDeadline());
        check(diff, "onTime", onTime, k.onTime());
        check(diff, "overdueOpen", overdueOpen, k.overdueOpen());
        if (!java.util.Objects.equals(completionRate(), k.completionRate())) {
            diff.add("completionRate " + completionRate() + "/" + k.completionRate());
        }
        if (!java.util.Objects.equals(aShare(), k.aShare())) {
            diff.add("aShare " + aShare() + "/" + k.aShare());
        }
        return diff;
    }

    private static void check(List<String> diff, String name, long naive, long aggregate) {
        if (naive != aggregate) {
            diff.add(name + " " + naive + "/" + aggregate);
        }
    }

    String summary() {
        return String.format("raised %d, completed %d (%s%%), A %d of %d replied (%s%%)", raised, completed,
                completionRate(), classA, classA + classB + classC, aShare());
    }
}

package org.lianxin.core.internal.stats;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The raw counts behind {@link org.lianxin.api.dto.Kpis}, summed over any set of groups. */
final class Counts {
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

    /** Reads the columns {@link SuggestionStatsSql} selects, starting at {@code first}. */
    static Counts read(ResultSet rs, int first) throws SQLException {
        Counts c = new Counts();
        int i = first;
        c.raised = rs.getLong(i++);
        c.completed = rs.getLong(i++);
        c.solved = rs.getLong(i++);
        c.classA = rs.getLong(i++);
        c.classB = rs.getLong(i++);
        c.classC = rs.getLong(i++);
        c.satisfied = rs.getLong(i++);
        c.basicallySatisfied = rs.getLong(i++);
        c.unsatisfied = rs.getLong(i++);
        c.repliedWithDeadline = rs.getLong(i++);
        c.onTime = rs.getLong(i++);
        c.overdueOpen = rs.getLong(i);
        return c;
    }

    Counts add(Counts o) {
        raised += o.raised;
        completed += o.completed;
        solved += o.solved;
        classA += o.classA;
        classB += o.classB;
        classC += o.classC;
        satisfied += o.satisfied;
        basicallySatisfied += o.basicallySatisfied;
        unsatisfied += o.unsatisfied;
        repliedWithDeadline += o.repliedWithDeadline;
        onTime += o.onTime;
        overdueOpen += o.overdueOpen;
        return this;
    }

    long replied() {
        return classA + classB + classC;
    }

    long evaluated() {
        return satisfied + basicallySatisfied + unsatisfied;
    }
}

package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.TypedQuery;

import org.lianxin.api.dto.PracticeFigure;
import org.lianxin.practice.livelihood.api.Verdict;
import org.lianxin.practice.livelihood.internal.jpa.CandidateEntity;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;
import org.lianxin.practice.livelihood.internal.model.LivelihoodStats;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The livelihood figures of a region's subtree, for the rounds of a year (or all years): rounds, projects chosen (of
 * published results) and finished (100%), budget planned and spent, turnout (ballots cast over the electorate of
 * the counted votes) and satisfaction ((satisfied + basically satisfied) over the satisfaction votes).
 */
@Component(service = LivelihoodFigures.class)
public class LivelihoodFigures {
    private final LivelihoodTx tx;
    private final Scope scope;

    @Activate
    public LivelihoodFigures(@Reference LivelihoodTx tx, @Reference Scope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    public LivelihoodStats region(long regionId, Integer year) {
        String path = scope.subtreePath(regionId) + "%";
        return tx.read(em -> {
            TypedQuery<RoundEntity> q = em.createQuery("SELECT r FROM RoundEntity r WHERE r.regionPath LIKE :path"
                    + (year == null ? "" : " AND r.year = :year"), RoundEntity.class).setParameter("path", path);
            if (year != null) {
                q.setParameter("year", year);
            }
            List<RoundEntity> rounds = q.getResultList();
            long electorate = 0;
            long cast = 0;
            List<Long> published = new ArrayList<>();
            for (RoundEntity r : rounds) {
                if (r.ballotsCast != null && r.electorate != null) {
                    electorate += r.electorate;
                    cast += r.ballotsCast;
                }
                if (r.publishedAt != null) {
                    published.add(r.id);
                }
            }
            long chosen = 0;
            long finished = 0;
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            long votes = 0;
            long content = 0;
            if (!published.isEmpty()) {
                List<CandidateEntity> projects = em.createQuery("SELECT c FROM CandidateEntity c WHERE c.elected = 1"
                        + " AND c.roundId IN :ids", CandidateEntity.class).setParameter("ids", published)
                        .getResultList();
                for (CandidateEntity c : projects) {
                    chosen++;
                    finished += c.percentDone == 100 ? 1 : 0;
                    planned = planned.add(c.budgetPlanned);
                    spent = spent.add(c.budgetSpent);
                }
                if (!projects.isEmpty()) {
                    for (Object[] row : em.createQuery("SELECT s.verdict, COUNT(s) FROM SatisfactionEntity s WHERE"
                            + " s.projectId IN :ids GROUP BY s.verdict", Object[].class)
                            .setParameter("ids", projects.stream().map(c -> c.id).toList()).getResultList()) {
                        long n = (Long) row[1];
                        votes += n;
                        content += Verdict.valueOf((String) row[0]) == Verdict.UNSATISFIED ? 0 : n;
                    }
                }
            }
            return new LivelihoodStats(rounds.size(), chosen, finished, planned, spent, electorate, cast,
                    Counting.percent(cast, electorate), votes, Counting.percent(content, votes));
        });
    }

    /** The figures core shows beside its statistics. */
    static List<PracticeFigure> figures(LivelihoodStats s) {
        return List.of(
                PracticeFigure.count("rounds", "票决轮次", "Voting rounds", s.rounds()),
                PracticeFigure.count("projectsChosen", "票决产生民生实事项目", "Projects chosen", s.projectsChosen()),
                PracticeFigure.count("projectsFinished", "已完成项目", "Projects finished", s.projectsFinished()),
                new PracticeFigure("budgetPlanned", "计划投资", "Budget planned", s.budgetPlanned(), "元"),
                new PracticeFigure("budgetSpent", "已完成投资", "Budget spent", s.budgetSpent(), "元"),
                new PracticeFigure("turnout", "投票率", "Turnout", s.turnout(), "%"),
                new PracticeFigure("satisfactionRate", "满意率", "Satisfaction (satisfied + basically)",
                        s.satisfactionRate(), "%"));
    }
}

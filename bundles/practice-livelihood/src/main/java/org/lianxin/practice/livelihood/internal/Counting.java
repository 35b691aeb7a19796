package org.lianxin.practice.livelihood.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.practice.support.IdLists;
import org.lianxin.api.ValidationException;
import org.lianxin.practice.livelihood.api.Outcome;
import org.lianxin.practice.livelihood.api.ResultRow;

/**
 * The rules of the vote, without a database.
 * <p>
 * <b>Ballot.</b> A ballot approves at most {@code places} distinct candidates of the round (an empty ballot is a
 * blank vote: cast, counted in the turnout, approving nobody).
 * <p>
 * <b>Count.</b> Every ballot cast is counted; a candidate's votes are the ballots approving it. The candidates are
 * ranked by votes. A candidate is <b>elected</b> when it ranks within the first {@code places} AND received the votes
 * of more than half of the ballots cast ({@link #majority}); a place no candidate fills that way stays empty.
 * <p>
 * <b>Ties.</b> {@value #TIE_RULE}
 */
final class Counting {
    static final String TIE_RULE = "Candidates with equal votes are ranked by the larger estimated number of"
            + " beneficiaries, then by their earlier place on the government's candidate list; a tie decided this way"
            + " at the last place is marked tieBroken in the result.";

    /** A candidate as the count needs it. */
    record Candidate(long id, int seq, String title, int beneficiaries) {}

    private Counting() {
    }

    /** The votes a candidate needs: more than half of the ballots cast. */
    static int majority(int ballotsCast) {
        return ballotsCast / 2 + 1;
    }

    /** Ballot choices as stored: candidate ids, ascending, comma-separated ("" for a blank ballot). */
    static String store(List<Long> choices) {
        return IdLists.store(choices);
    }

    static List<Long> parse(String stored) {
        return IdLists.parse(stored);
    }

    /**
     * Checks a ballot's choices against the round's candidates.
     *
     * @return the choices, ascending
     * @throws ValidationException naming what is wrong: missing, too many, repeated or unknown candidates
     */
    static List<Long> checkBallot(List<Long> candidateIds, Set<Long> candidates, int places) {
        if (candidateIds == null) {
            throw new ValidationException("candidateIds", "is required (an empty list is a blank ballot)");
        }
        if (candidateIds.stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("candidateIds", "holds an empty value");
        }
        Set<Long> distinct = new LinkedHashSet<>(candidateIds);
        if (distinct.size() != candidateIds.size()) {
            List<Long> repeated = candidateIds.stream().filter(id -> candidateIds.indexOf(id) != candidateIds.lastIndexOf(id))
                    .distinct().toList();
            throw new ValidationException("candidateIds", "names candidate " + repeated.get(0)
                    + " more than once; each candidate can be approved once per ballot");
        }
        if (distinct.size() > places) {
            throw new ValidationException("candidateIds", "approves " + distinct.size() + " candidates but only "
                    + places + " places are to be filled; approve at most " + places);
        }
        List<Long> unknown = distinct.stream().filter(id -> !candidates.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException("candidateIds", "candidate " + unknown.get(0)
                    + " is not on this round's candidate list");
        }
        return distinct.stream().sorted().toList();
    }

    /** The count: every candidate ranked, with its votes and outcome. */
    static List<ResultRow> count(List<Candidate> candidates, List<String> ballots, int places) {
        Map<Long, Integer> votes = new HashMap<>();
        candidates.forEach(c -> votes.put(c.id(), 0));
        for (String ballot : ballots) {
            for (long id : parse(ballot)) {
                if (!votes.containsKey(id)) {
                    throw new IllegalStateException("a ballot names candidate " + id + " of another round");
                }
                votes.merge(id, 1, Integer::sum);
            }
        }
        int majority = majority(ballots.size());
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt((Candidate c) -> votes.get(c.id())).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::beneficiaries).reversed())
                .thenComparingInt(Candidate::seq));
        // a tie at the last place between candidates that both have the majority is decided by the rule
        Integer tiedVotes = null;
        if (places < ranked.size()) {
            int last = votes.get(ranked.get(places - 1).id());
            int first = votes.get(ranked.get(places).id());
            if (last == first && last >= majority) {
                tiedVotes = last;
            }
        }
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            int v = votes.get(c.id());
            Outcome outcome = v < majority ? Outcome.NO_MAJORITY : i < places ? Outcome.ELECTED : Outcome.NOT_ELECTED;
            rows.add(new ResultRow(i + 1, c.id(), c.seq(), c.title(), v, c.beneficiaries(), outcome, outcome.zh(),
                    tiedVotes != null && v == tiedVotes));
        }
        return rows;
    }

    /** {@code part} of {@code whole} in %, two decimals; null when {@code whole} is 0. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}

package org.lianxin.practice.livelihood.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.practice.livelihood.api.Outcome;
import org.lianxin.practice.livelihood.api.ResultRow;

public class CountingTest {
    private static final List<Counting.Candidate> SEVEN = List.of(new Counting.Candidate(11, 1, "饮水", 23000),
            new Counting.Candidate(12, 2, "小区改造", 9600), new Counting.Candidate(13, 3, "养老", 6200),
            new Counting.Candidate(14, 4, "校园安全", 15000), new Counting.Candidate(15, 5, "农贸市场", 40000),
            new Counting.Candidate(16, 6, "公厕", 12000), new Counting.Candidate(17, 7, "路灯", 8000));

    @Test
    public void everyBallotIsCountedAndTheTopPlacesWithAMajorityAreElected() {
        List<ResultRow> rows = Counting.count(SEVEN, List.of("11,12,13,14,15", "11,12,13,14,16", "11,12,13,15,17",
                "11,12,14,15,16"), 5);
        assertEquals(List.of(11L, 12L, 15L, 14L, 13L, 16L, 17L), rows.stream().map(ResultRow::candidateId).toList());
        assertEquals(List.of(4, 4, 3, 3, 3, 2, 1), rows.stream().map(ResultRow::votes).toList());
        assertEquals(5, rows.stream().filter(r -> r.outcome() == Outcome.ELECTED).count());
        assertEquals(Outcome.NO_MAJORITY, rows.get(5).outcome()); // 2 of 4 is not more than half
        assertFalse(rows.stream().anyMatch(ResultRow::tieBroken)); // 3 votes against 2: no tie at the last place
        assertEquals(20, rows.stream().mapToInt(ResultRow::votes).sum()); // exactly the choices on the ballots
    }

    @Test
    public void aTieAtTheLastPlaceGoesToMoreBeneficiariesThenTheEarlierPlaceOnTheList() {
        // 13, 14, 15, 16 have 3 votes each for the last three places
        List<ResultRow> rows = Counting.count(SEVEN, List.of("11,12,13,14,15", "11,12,13,14,16", "11,12,13,15,16",
                "11,12,14,15,16"), 5);
        assertEquals(List.of(11L, 12L, 15L, 14L, 16L, 13L, 17L), rows.stream().map(ResultRow::candidateId).toList());
        assertEquals(Outcome.ELECTED, rows.get(4).outcome()); // 16: 12,000 beneficiaries
        assertEquals(Outcome.NOT_ELECTED, rows.get(5).outcome()); // 13: 6,200 beneficiaries, 3 votes all the same
        assertTrue(rows.stream().filter(r -> r.votes() == 3).allMatch(ResultRow::tieBroken));
        assertFalse(rows.get(0).tieBroken());
        // equal beneficiaries too: the earlier place on the list wins
        List<ResultRow> same = Counting.count(List.of(new Counting.Candidate(1, 1, "a", 100),
                new Counting.Candidate(2, 2, "b", 100), new Counting.Candidate(3, 3, "c", 100)),
                List.of("2,3", "2,3", "1,2"), 1);
        assertEquals(2L, same.get(0).candidateId());
        List<ResultRow> tie = Counting.count(List.of(new Counting.Candidate(1, 2, "a", 100),
                new Counting.Candidate(2, 1, "b", 100), new Counting.Candidate(3, 3, "c", 100)),
                List.of("1,2", "1,2", "3"), 1);
        assertEquals(2L, tie.get(0).candidateId()); // seq 1 before seq 2
        assertTrue(tie.get(0).tieBroken() && tie.get(1).tieBroken());
    }

    @Test
    public void aPlaceStaysEmptyWithoutAMajorityAndBlankBallotsCount() {
        List<ResultRow> rows = Counting.count(SEVEN.subList(0, 3), List.of("11", "", "", "12,11"), 2);
        assertEquals(3, Counting.majority(4));
        assertEquals(Outcome.NO_MAJORITY, rows.get(0).outcome()); // 2 of 4 ballots
        assertEquals(0, rows.stream().filter(r -> r.outcome() == Outcome.ELECTED).count());
        assertEquals(1, Counting.majority(0));
        assertEquals(2, Counting.majority(3));
    }

    @Test
    public void ballotsAreChecked() {
        Set<Long> candidates = Set.of(11L, 12L, 13L, 14L, 15L, 16L, 17L);
        assertEquals(List.of(12L, 15L), Counting.checkBallot(List.of(15L, 12L), candidates, 5));
        assertEquals(List.of(), Counting.checkBallot(List.of(), candidates, 5)); // a blank ballot
        assertTrue(assertThrows(ValidationException.class, () -> Counting.checkBallot(List.of(11L, 12L, 13L, 14L,
                15L, 16L), candidates, 5)).getMessage().contains("only 5 places"));
        assertTrue(assertThrows(ValidationException.class, () -> Counting.checkBallot(List.of(11L, 12L, 11L),
                candidates, 5)).getMessage().contains("candidate 11 more than once"));
        assertTrue(assertThrows(ValidationException.class, () -> Counting.checkBallot(List.of(11L, 99L),
                candidates, 5)).getMessage().contains("candidate 99 is not on this round's candidate list"));
        assertThrows(ValidationException.class, () -> Counting.checkBallot(null, candidates, 5));
        assertThrows(ValidationException.class, () -> Counting.checkBallot(java.util.Arrays.asList(11L, null),
                candidates, 5));
        assertEquals("11,12,15", Counting.store(List.of(15L, 11L, 12L)));
        assertEquals(List.of(11L, 12L, 15L), Counting.parse("11,12,15"));
        assertEquals(List.of(), Counting.parse(""));
    }

    @Test
    public void aBallotOfAnotherRoundCannotBeCounted() {
        assertThrows(IllegalStateException.class, () -> Counting.count(SEVEN, List.of("11,99"), 5));
    }
}

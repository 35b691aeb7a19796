package org.lianxin.practice.livelihood.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.api.ValidationException;
import org.lianxin.practice.livelihood.api.ElectorateBody;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;

/** A round's electorate: who votes where, and the refusals of the other way. */
public class ElectorateTest {

    @Test
    public void livelihoodsRestRefusesTheVoteOfACouncilRoundNamingTheCouncilsEndpoint() {
        ConflictException e = assertThrows(ConflictException.class, () -> Electorates.require(7,
                ElectorateBody.COUNCIL, 3L, ElectorateBody.DEPUTIES, "open the vote", "rounds/7/vote/open",
                "vote/open"));
        assertTrue(e.getMessage(), e.getMessage().contains("/api/v1/practices/council/councils/3/rounds/7/vote/open"));
        assertTrue(e.getMessage(), e.getMessage().contains("voter representatives of council 3"));
        e = assertThrows(ConflictException.class, () -> Electorates.require(7, ElectorateBody.COUNCIL, 3L,
                ElectorateBody.DEPUTIES, "cast the ballot", "rounds/7/ballots", "ballots"));
        assertTrue(e.getMessage(), e.getMessage().endsWith("/api/v1/practices/council/councils/3/rounds/7/ballots"));
        e = assertThrows(ConflictException.class, () -> Electorates.require(7, ElectorateBody.COUNCIL, 3L,
                ElectorateBody.DEPUTIES, "take the satisfaction vote", "projects/12/satisfaction", "satisfaction"));
        assertTrue(e.getMessage(), e.getMessage().endsWith("/councils/3/rounds/7/satisfaction"));
    }

    @Test
    public void theCouncilsApiRefusesADeputiesRoundNamingLivelihoodsEndpoint() {
        ConflictException e = assertThrows(ConflictException.class, () -> Electorates.require(5,
                ElectorateBody.DEPUTIES, null, ElectorateBody.COUNCIL, "cast the ballot", "rounds/5/ballots",
                "ballots"));
        assertTrue(e.getMessage(), e.getMessage().contains("voted by the deputies"));
        assertTrue(e.getMessage(), e.getMessage().endsWith("/api/v1/practices/livelihood/rounds/5/ballots"));
    }

    @Test
    public void eachBodyVotesItsOwnRounds() {
        Electorates.require(5, ElectorateBody.DEPUTIES, null, ElectorateBody.DEPUTIES, "x", "y", "z");
        Electorates.require(7, ElectorateBody.COUNCIL, 3L, ElectorateBody.COUNCIL, "x", "y", "z");
    }

    @Test
    public void aRoundStoredBeforeTheBodyExistedIsADeputiesRound() {
        RoundEntity r = new RoundEntity();
        assertEquals(ElectorateBody.DEPUTIES, LivelihoodMapper.body(r));
        r.electorateBody = "COUNCIL";
        assertEquals(ElectorateBody.COUNCIL, LivelihoodMapper.body(r));
        assertTrue(Scope.isCouncilRound(r));
    }

    @Test
    public void messagesNameTheElectorAsTheBodyCallsThem() {
        assertEquals("representative 9 has already voted in round 7; a representative casts one ballot only, and this"
                + " one is not counted", Voting.alreadyVoted(7, ElectorateBody.COUNCIL, 9).getMessage());
        assertTrue(Voting.alreadyVoted(5, ElectorateBody.DEPUTIES, 4).getMessage().startsWith("deputy 4 has already"));
    }

    @Test
    public void theElectorsPresentAreNamedOnceEach() {
        assertEquals(List.of(1L, 2L), Voting.electors(List.of(1L, 2L), "representativeIds", "representatives"));
        assertEquals("representativeIds", assertThrows(ValidationException.class,
                () -> Voting.electors(List.of(), "representativeIds", "representatives")).field());
        assertThrows(ValidationException.class, () -> Voting.electors(null, "deputyIds", "deputies"));
        assertThrows(ValidationException.class, () -> Voting.electors(Arrays.asList(1L, null), "deputyIds",
                "deputies"));
        assertTrue(assertThrows(ValidationException.class, () -> Voting.electors(List.of(1L, 1L), "deputyIds",
                "deputies")).getMessage().contains("more than once"));
    }
}

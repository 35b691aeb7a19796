package org.lianxin.practice.livelihood.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Rounds whose electorate is the voter representatives of a council (选民议政会): the council creates its street's
 * yearly round, opens the vote with the representatives present, passes on their secret ballots, closes, publishes,
 * and passes on their year-end satisfaction votes. The council has checked who its representatives are: the elector
 * ids given here are trusted, and no duty record is written (representatives are not deputies).
 * <p>
 * The proposals, the street office's candidate list, the 人大工委's review and the tracking of the projects are
 * livelihood's REST ({@code /api/v1/practices/livelihood/rounds/{id}/...}, {@code /projects/...}); they answer for a
 * council round wherever the council practice is active. {@link #listCandidates} and {@link #review} are here too for
 * callers inside the platform (a council's demo data).
 * <p>
 * Every method names the council: a round of another council is "does not exist" (404), a DEPUTIES round is refused
 * with a 409 naming livelihood's endpoint; otherwise the answers and refusals are livelihood's (400 bad input, 409 a
 * move the round's status does not allow, a second, late or unentitled ballot).
 */
@ProviderType
public interface CouncilVoting {

    /** A new COUNCIL round for the council's region and year: one round per region and year (409 otherwise). */
    Round create(long councilId, long regionId, int year, int places, String title, String actor);

    /** The council's rounds, newest year first. */
    Page<Round> rounds(long councilId, PageRequest page);

    Round round(long councilId, long roundId);

    /** The street office's candidate list (more candidates than places, 差额), replacing an earlier draft. */
    List<Long> listCandidates(long councilId, long roundId, List<CandidateDraft> candidates, LocalDate listedOn,
            String actor);

    /** The street 人大工委's review of the candidate list: approved, it goes to the vote; returned, redrafted. */
    Round review(long councilId, long roundId, boolean approved, String note, LocalDate on, String actor);

    /** Opens the vote; the representatives present are the electorate. */
    Round open(long councilId, long roundId, List<Long> electorIds, LocalDate sessionDate, String actor);

    /** One representative's secret ballot approving at most {@code places} candidates. */
    BallotReceipt cast(long councilId, long roundId, long electorId, List<Long> candidateIds, String actor);

    Result close(long councilId, long roundId, String actor);

    Result publish(long councilId, long roundId, String actor);

    Result result(long councilId, long roundId);

    /** Progress of a chosen project as the street office reports it (for callers inside the platform). */
    void track(long councilId, long projectId, int percentDone, BigDecimal budgetSpent, String note, LocalDate on,
            String actor);

    /** A representative's year-end satisfaction vote on a chosen project of the council's round; one each. */
    SatisfactionTally satisfaction(long councilId, long projectId, long electorId, Verdict verdict, LocalDate on,
            String actor);
}

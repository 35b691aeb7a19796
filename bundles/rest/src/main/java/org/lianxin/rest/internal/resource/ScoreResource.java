package org.lianxin.rest.internal.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.ScoringService;
import org.lianxin.api.dto.DeputyScore;
import org.lianxin.api.dto.Ranking;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.dto.ScoringTable;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Performance scores (履职积分): the table, a deputy's explained score, rankings. */
@Path("/scores")
@Produces(MediaType.APPLICATION_JSON)
public final class ScoreResource {
    private final ScoringService scoring;
    private final HandlingClock clock;

    public ScoreResource(ScoringService scoring, HandlingClock clock) {
        this.scoring = scoring;
        this.clock = clock;
    }

    /** The scoring table that applies to the region (its own file, an ancestor's, or the default). */
    @GET
    @Path("table")
    public ScoringTable table(@QueryParam("regionId") Long regionId) {
        return scoring.table(StatsResource.region(regionId));
    }

    /**
     * A deputy's score for {@code period} ({@code 2025}, or {@code 2025Q3} for the year to the end of Q3; this year
     * by default), item by item with the records behind each point, the grade, and re-election advice.
     */
    @GET
    @Path("deputies/{id}")
    public DeputyScore score(@PathParam("id") long deputyId, @QueryParam("period") String period) {
        return scoring.score(deputyId, period(period));
    }

    /** The ranking of a region's (regionId) or a group's (groupId) active deputies; the bottom flagged. */
    @GET
    @Path("rankings")
    public Ranking ranking(@QueryParam("regionId") Long regionId, @QueryParam("groupId") Long groupId,
            @QueryParam("period") String period, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return scoring.ranking(regionId, groupId, period(period), Paging.of(offset, limit));
    }

    ScorePeriod period(String period) {
        return period == null || period.isBlank() ? ScorePeriod.year(clock.today().getYear())
                : ScorePeriod.parse(Require.length(period, "period", Require.CODE));
    }
}

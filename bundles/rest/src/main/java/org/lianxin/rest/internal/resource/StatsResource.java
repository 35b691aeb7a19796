package org.lianxin.rest.internal.resource;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.DeputyActivity;
import org.lianxin.api.dto.KpiDefinition;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PracticeFigures;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.StationActivity;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.dto.SubmissionRate;
import org.lianxin.rest.internal.error.InvalidInputException;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** The published statistics (DOMAIN.md §6): one definition per figure, computed in the database. */
@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
public final class StatsResource {
    private final StatisticsService stats;
    private final PracticeRegistry practices;

    public StatsResource(StatisticsService stats, PracticeRegistry practices) {
        this.stats = stats;
        this.practices = practices;
    }

    /** How every figure is defined (办结率, 办成率, 满意率, A类占比, 按期答复率, 提出率...). */
    @GET
    @Path("definitions")
    public List<KpiDefinition> definitions() {
        return stats.definitions();
    }

    /**
     * Suggestions raised in the region and the regions under it, in total and broken down {@code by} REGION (the
     * region's children, rolled up), LEVEL, UNIT (lead unit), CATEGORY, YEAR, QUARTER or MONTH; registered in
     * {@code [from, to)}.
     */
    @GET
    @Path("suggestions")
    public StatsTable suggestions(@QueryParam("regionId") Long regionId, @QueryParam("by") StatsDimension by,
            @QueryParam("unitId") Long unitId, @QueryParam("category") Category category,
            @QueryParam("level") RegionLevel level, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return stats.suggestions(query(regionId, by, unitId, category, level, from, to));
    }

    /** Per deputy: suggestions raised or co-signed, receptions, visits, approved duty records. */
    @GET
    @Path("deputies")
    public Page<DeputyActivity> deputies(@QueryParam("regionId") Long regionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return stats.deputies(region(regionId), from, to, Paging.of(offset, limit));
    }

    /** Per station: reception days and opinions taken. */
    @GET
    @Path("stations")
    public Page<StationActivity> stations(@QueryParam("regionId") Long regionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return stats.stations(region(regionId), from, to, Paging.of(offset, limit));
    }

    /** 提出率: active deputies who raised or co-signed a suggestion in the period. */
    @GET
    @Path("submission")
    public SubmissionRate submission(@QueryParam("regionId") Long regionId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return stats.submission(region(regionId), from, to);
    }

    /**
     * The figures of the practices active in the region (studios' consultations answered, petitions resolved...),
     * practice by practice, for a {@code year} or all years; a practice that failed carries its error.
     */
    @GET
    @Path("practices")
    public List<PracticeFigures> practices(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (year != null && (year < 1949 || year > 2999)) {
            throw new InvalidInputException("year", "must be a year between 1949 and 2999");
        }
        return practices.figures(region(regionId), year);
    }

    static StatsQuery query(Long regionId, StatsDimension by, Long unitId, Category category, RegionLevel level,
            LocalDate from, LocalDate to) {
        return new StatsQuery(region(regionId), unitId, category, level, from, to, by);
    }

    static long region(Long regionId) {
        return Require.positive(Require.present(regionId, "regionId"), "regionId");
    }
}

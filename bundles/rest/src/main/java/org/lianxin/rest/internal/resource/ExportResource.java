package org.lianxin.rest.internal.resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.lianxin.api.ExportService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.PreparedExport;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.ExportFormat;
import org.lianxin.api.dto.ExportKind;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.rest.internal.param.ParamConverters;
import org.lianxin.rest.internal.param.Require;

/**
 * Spreadsheets: the ledger (台账), the assignment register, statistics and score rankings, as xlsx or as CSV in
 * UTF-8 with a BOM; Chinese headers, or the stable column keys with {@code header=key}. Streamed as they are read.
 */
@Path("/exports")
public final class ExportResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    private final ExportService exports;
    private final ScoreResource scores;

    public ExportResource(ExportService exports, HandlingClock clock, org.lianxin.api.ScoringService scoring) {
        this.exports = exports;
        this.scores = new ScoreResource(scoring, clock);
    }

    /** The columns of an export: key and Chinese header. */
    @GET
    @Path("columns")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ExportColumn> columns(@QueryParam("kind") ExportKind kind) {
        return exports.columns(Require.present(kind, "kind"));
    }

    /** The suggestion ledger (台账) with the ledger's filters. */
    @GET
    @Path("ledger")
    @Produces({XLSX, CSV})
    public Response ledger(@QueryParam("format") String format, @QueryParam("header") String header,
            @QueryParam("regionId") Long regionId, @QueryParam("subRegions") @DefaultValue("true") Boolean subRegions,
            @QueryParam("state") List<SuggestionState> states, @QueryParam("unitId") Long unitId,
            @QueryParam("category") Category category, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return send(exports.ledger(query(regionId, subRegions, states, unitId, category, from, to), format(format),
                keys(header)));
    }

    /** The assignment register (交办登记表): lead and co-handling units, dates and deadlines. */
    @GET
    @Path("assignments")
    @Produces({XLSX, CSV})
    public Response assignments(@QueryParam("format") String format, @QueryParam("header") String header,
            @QueryParam("regionId") Long regionId, @QueryParam("subRegions") @DefaultValue("true") Boolean subRegions,
            @QueryParam("state") List<SuggestionState> states, @QueryParam("unitId") Long unitId,
            @QueryParam("category") Category category, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return send(exports.assignments(query(regionId, subRegions, states, unitId, category, from, to),
                format(format), keys(header)));
    }

    /** The statistics table of /stats/suggestions, one row per breakdown line and a total. */
    @GET
    @Path("statistics")
    @Produces({XLSX, CSV})
    public Response statistics(@QueryParam("format") String format, @QueryParam("header") String header,
            @QueryParam("regionId") Long regionId, @QueryParam("by") StatsDimension by,
            @QueryParam("unitId") Long unitId, @QueryParam("category") Category category,
            @QueryParam("level") RegionLevel level, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return send(exports.statistics(StatsResource.query(regionId, by, unitId, category, level, from, to),
                format(format), keys(header)));
    }

    /** The score ranking of a region or a group for a period, every deputy with score, grade and reminder flag. */
    @GET
    @Path("scores")
    @Produces({XLSX, CSV})
    public Response scores(@QueryParam("format") String format, @QueryParam("header") String header,
            @QueryParam("regionId") Long regionId, @QueryParam("groupId") Long groupId,
            @QueryParam("period") String period) {
        return send(exports.scores(regionId, groupId, scores.period(period), format(format), keys(header)));
    }

    private static SuggestionQuery query(Long regionId, Boolean subRegions, List<SuggestionState> states, Long unitId,
            Category category, LocalDate from, LocalDate to) {
        return new SuggestionQuery(regionId, subRegions == null || subRegions,
                ParamConverters.values(states), unitId, null, category, null, null, from, to, null,
                null, null);
    }

    private static ExportFormat format(String format) {
        return format == null || format.isBlank() ? ExportFormat.XLSX : ExportFormat.parse(format);
    }

    private static boolean keys(String header) {
        if (header == null || header.isBlank() || header.equalsIgnoreCase("zh")) {
            return false;
        }
        if (header.equalsIgnoreCase("key")) {
            return true;
        }
        throw new org.lianxin.api.ValidationException("header", "must be zh or key, was '"
                + Require.length(header, "header", Require.CODE) + "'");
    }

    private static Response send(PreparedExport export) {
        StreamingOutput body = export::writeTo;
        String encoded = URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = export.fileName().replaceAll("[^A-Za-z0-9._-]+", "lianxin");
        return Response.ok(body, export.format() == ExportFormat.XLSX ? XLSX : CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}

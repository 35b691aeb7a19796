package org.lianxin.rest.internal.resource;

import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.HandlingClock;
import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.rest.internal.param.Require;

/** The handling clock: deadlines as configured, and the escalation of overdue items. */
@Path("/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ClockResource {
    private final HandlingClock clock;
    private final SuggestionService suggestions;

    public ClockResource(HandlingClock clock, SuggestionService suggestions) {
        this.clock = clock;
        this.suggestions = suggestions;
    }

    /** How many items one escalation run escalated or reminded. */
    public record Escalations(int escalated) {
    }

    /** The deadline of {@code rule} for an item of {@code kind} in the region, from {@code start} (today). */
    @GET
    @Path("deadline")
    public Deadline deadline(@QueryParam("rule") ClockRule rule, @QueryParam("regionId") Long regionId,
            @QueryParam("kind") SuggestionKind kind, @QueryParam("start") LocalDate start) {
        return clock.deadline(Require.present(rule, "rule"),
                Require.positive(Require.present(regionId, "regionId"), "regionId"), Require.present(kind, "kind"),
                start == null ? clock.today() : start);
    }

    /**
     * Escalates every item overdue on {@code date} (today), handled in {@code regionId} and its sub-regions if
     * given; each item is escalated once only.
     */
    @POST
    @Path("escalations")
    public Escalations escalate(@QueryParam("date") LocalDate date, @QueryParam("regionId") Long regionId) {
        return new Escalations(suggestions.escalateOverdue(date == null ? clock.today() : date, regionId));
    }
}

package org.lianxin.rest.internal.resource;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Contact;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.NewSuggestion;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionEvent;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionSort;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.rest.internal.caller.Caller;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.ParamConverters;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/**
 * The suggestion ledger: intake, reading and the audit trail. The lifecycle actions are in
 * {@link SuggestionActionResource}, under the same path.
 */
@Path("/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SuggestionResource {
    private final SuggestionService suggestions;

    public SuggestionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    /** Registers a suggestion; it gets its ledger number. */
    @POST
    @Returns(value = Suggestion.class, status = 201)
    public Response register(NewSuggestion suggestion, @Context SecurityContext caller, @Context UriInfo uri) {
        Suggestion created = suggestions.register(valid(suggestion), Caller.actor(caller));
        return Created.at(uri, "suggestions", created.id(), created);
    }

    /** Pre-submits a draft before a session (预提交); no ledger number until formalized. */
    @POST
    @Path("drafts")
    @Returns(value = Suggestion.class, status = 201)
    public Response preSubmit(NewSuggestion suggestion, @Context SecurityContext caller, @Context UriInfo uri) {
        Suggestion created = suggestions.preSubmit(valid(suggestion), Caller.actor(caller));
        return Created.at(uri, "suggestions", created.id(), created);
    }

    /**
     * The ledger, filtered; {@code q} matches part of the title or the ledger number in any letter case;
     * {@code sort=DEADLINE} puts running items first, nearest deadline first.
     */
    @GET
    public Page<Suggestion> list(@QueryParam("regionId") Long regionId,
            @QueryParam("subRegions") @DefaultValue("true") Boolean subRegions,
            @QueryParam("state") List<SuggestionState> states, @QueryParam("unitId") Long unitId,
            @QueryParam("deputyId") Long deputyId, @QueryParam("category") Category category,
            @QueryParam("kind") SuggestionKind kind, @QueryParam("overdue") Boolean overdue,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("lookBack") Boolean lookBack, @QueryParam("supervised") Boolean supervised,
            @QueryParam("q") String q, @QueryParam("sort") SuggestionSort sort,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        String text = q == null || q.isBlank() ? null : Require.length(q.strip(), "q", Require.QUERY);
        SuggestionQuery query = new SuggestionQuery(regionId, subRegions == null || subRegions,
                ParamConverters.values(states), unitId, deputyId, category, kind, overdue, from, to,
                lookBack, supervised, text, sort);
        return suggestions.list(query, Paging.of(offset, limit));
    }

    @GET
    @Path("{id}")
    public Suggestion get(@PathParam("id") long id) {
        return suggestions.get(id);
    }

    @GET
    @Path("ledger/{ledgerNo}")
    public Suggestion byLedgerNo(@PathParam("ledgerNo") String ledgerNo) {
        return suggestions.getByLedgerNo(Require.text(ledgerNo, "ledgerNo", Require.NAME));
    }

    /** The audit trail, oldest first. */
    @GET
    @Path("{id}/events")
    public Page<SuggestionEvent> events(@PathParam("id") long id, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return suggestions.events(id, Paging.of(offset, limit));
    }

    /** Contacts between the units and the deputy, as logged. */
    @GET
    @Path("{id}/contacts")
    public List<Contact> contacts(@PathParam("id") long id) {
        return suggestions.contacts(id);
    }

    /** What can be done to the suggestion now. */
    @GET
    @Path("{id}/actions")
    public List<LifecycleAction> actions(@PathParam("id") long id) {
        return suggestions.allowedActions(id).stream().sorted().toList();
    }

    private static NewSuggestion valid(NewSuggestion in) {
        Require.body(in, "suggestion");
        Require.present(in.kind(), "kind");
        Require.present(in.category(), "category");
        Require.positive(in.regionId(), "regionId");
        Require.text(in.title(), "title", Require.TITLE);
        Require.text(in.content(), "content", Require.CONTENT);
        Require.notEmpty(in.deputyIds(), "deputyIds");
        return in;
    }
}

package org.lianxin.rest.internal.resource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.OutcomeService;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PublicOutcome;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/**
 * Published outcomes (公开办理结果), readable without a login: finished items (COMPLETED, EXPLAINED, CLOSED) with
 * their reply, rating and explanation, the same for every caller. {@link OfReceipt}, on the path of the opinions
 * (Jersey merges it with {@link OpinionResource}), tells an opinion's submitter what became of it.
 */
@Path("/outcomes")
@Produces(MediaType.APPLICATION_JSON)
public final class OutcomeResource {
    private final OutcomeService outcomes;

    public OutcomeResource(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * Published items raised in the region or below it (none: everywhere), newest first; {@code q} matches part of
     * the title or the ledger number, in any case.
     */
    @GET
    public Page<PublicOutcome> list(@QueryParam("regionId") Long regionId, @QueryParam("category") Category category,
            @QueryParam("q") String q, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        String text = q == null || q.isBlank() ? null : Require.length(q.strip(), "q", Require.QUERY);
        return outcomes.published(regionId, category, text, Paging.of(offset, limit));
    }

    /** One published item; 404 for an unknown id and for an item whose handling is not finished. */
    @GET
    @Path("{id}")
    public PublicOutcome get(@PathParam("id") long id) {
        return outcomes.get(id);
    }

    /** {@code GET /opinions/receipt/{receiptNo}/outcome}: the outcome of the suggestion an opinion was taken up in. */
    @Path("/opinions")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class OfReceipt {
        private final OutcomeService outcomes;

        public OfReceipt(OutcomeService outcomes) {
            this.outcomes = outcomes;
        }

        /**
         * Where the suggestion the opinion was taken up in stands (the one it was merged into, if it was), with its
         * result once published; 404 for an unknown receipt and while the opinion is not taken up.
         */
        @GET
        @Path("receipt/{receiptNo}/outcome")
        public PublicOutcome outcomeOfReceipt(@PathParam("receiptNo") String receiptNo) {
            return outcomes.ofReceipt(Require.text(receiptNo, "receiptNo", Require.NAME));
        }
    }
}

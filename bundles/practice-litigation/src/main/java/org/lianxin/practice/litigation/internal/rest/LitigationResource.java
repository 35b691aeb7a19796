package org.lianxin.practice.litigation.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.practice.litigation.internal.Clues;
import org.lianxin.practice.litigation.internal.LitigationFigures;
import org.lianxin.practice.litigation.internal.Outbox;
import org.lianxin.practice.litigation.internal.Procuratorials;
import org.lianxin.practice.litigation.internal.model.AcceptInput;
import org.lianxin.practice.litigation.internal.model.Clue;
import org.lianxin.practice.litigation.internal.model.ClueInput;
import org.lianxin.practice.litigation.internal.model.ClueStatus;
import org.lianxin.practice.litigation.internal.model.DeclineInput;
import org.lianxin.practice.litigation.internal.model.DeliveryReport;
import org.lianxin.practice.litigation.internal.model.DeputiesInput;
import org.lianxin.practice.litigation.internal.model.Links;
import org.lianxin.practice.litigation.internal.model.LitigationInput;
import org.lianxin.practice.litigation.internal.model.LitigationStats;
import org.lianxin.practice.litigation.internal.model.OutboxItem;
import org.lianxin.practice.litigation.internal.model.OutboxStatus;
import org.lianxin.practice.litigation.internal.model.OutcomeInput;
import org.lianxin.practice.litigation.internal.model.PreLitigationInput;
import org.lianxin.practice.litigation.internal.model.Procuratorial;
import org.lianxin.practice.litigation.internal.model.ProcuratorialInput;
import org.lianxin.practice.support.Requests;

/** Clues, procuratorial suggestions, the outbox, links and figures under {@code /api/v1/practices/litigation}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LitigationResource {
    private final Clues clues;
    private final Procuratorials procuratorials;
    private final Outbox outbox;
    private final LitigationFigures figures;

    public LitigationResource(Clues clues, Procuratorials procuratorials, Outbox outbox, LitigationFigures figures) {
        this.clues = clues;
        this.procuratorials = procuratorials;
        this.outbox = outbox;
        this.figures = figures;
    }

    @GET
    @Path("clues")
    public Page<Clue> clues(@QueryParam("regionId") Long regionId, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return clues.list(regionId, parse(ClueStatus.class, status, "status"), Requests.page(offset, limit));
    }

    /** Transfers a deputy suggestion as a clue (one per suggestion, 409 otherwise); its hand-off is queued. */
    @POST
    @Path("clues")
    public Response transfer(ClueInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED).entity(clues.transfer(Requests.body(in), Requests.actor(sc)))
                .build();
    }

    @GET
    @Path("clues/{id}")
    public Clue clue(@PathParam("id") long id) {
        return clues.get(id);
    }

    @POST
    @Path("clues/{id}/accept")
    public Clue accept(@PathParam("id") long id, AcceptInput in, @Context SecurityContext sc) {
        return clues.accept(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("clues/{id}/pre-litigation")
    public Clue preLitigation(@PathParam("id") long id, PreLitigationInput in, @Context SecurityContext sc) {
        return clues.preLitigation(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("clues/{id}/rectified")
    public Clue rectified(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return clues.rectified(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("clues/{id}/litigation")
    public Clue litigation(@PathParam("id") long id, LitigationInput in, @Context SecurityContext sc) {
        return clues.litigation(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("clues/{id}/judged")
    public Clue judged(@PathParam("id") long id, OutcomeInput in, @Context SecurityContext sc) {
        return clues.judged(id, Requests.body(in), Requests.actor(sc));
    }

    @POST
    @Path("clues/{id}/decline")
    public Clue decline(@PathParam("id") long id, DeclineInput in, @Context SecurityContext sc) {
        return clues.decline(id, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("procuratorial")
    public Page<Procuratorial> procuratorial(@QueryParam("regionId") Long regionId,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return procuratorials.list(regionId, Requests.page(offset, limit));
    }

    /** Records a procuratorial suggestion; its conversion into a deputy suggestion is queued in the outbox. */
    @POST
    @Path("procuratorial")
    public Response record(ProcuratorialInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(procuratorials.record(Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("procuratorial/{id}")
    public Procuratorial procuratorial(@PathParam("id") long id) {
        return procuratorials.get(id);
    }

    @PUT
    @Path("procuratorial/{id}/deputies")
    public Procuratorial deputies(@PathParam("id") long id, DeputiesInput in) {
        return procuratorials.deputies(id, Requests.body(in));
    }

    @GET
    @Path("outbox")
    public Page<OutboxItem> outbox(@QueryParam("regionId") Long regionId, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return outbox.list(regionId, parse(OutboxStatus.class, status, "status"), Requests.page(offset, limit));
    }

    @GET
    @Path("outbox/{id}")
    public OutboxItem outboxItem(@PathParam("id") long id) {
        return outbox.get(id);
    }

    /** Runs a delivery pass now. */
    @POST
    @Path("outbox/deliver")
    public DeliveryReport deliver() {
        return outbox.deliverDue();
    }

    /** A FAILED hand-off back to PENDING, due now, with a fresh count of attempts. */
    @POST
    @Path("outbox/{id}/retry")
    public OutboxItem retry(@PathParam("id") long id) {
        return outbox.retry(id);
    }

    @GET
    @Path("links")
    public Links links(@QueryParam("suggestionId") Long suggestionId) {
        if (suggestionId == null) {
            throw new ValidationException("suggestionId", "is required");
        }
        return clues.links(suggestionId);
    }

    @GET
    @Path("stats")
    public LitigationStats stats(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year) {
        if (regionId == null) {
            throw new ValidationException("regionId", "is required");
        }
        if (year != null && (year < 1949 || year > 9998)) {
            throw new ValidationException("year", "must be between 1949 and 9998");
        }
        return figures.region(regionId, year);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}

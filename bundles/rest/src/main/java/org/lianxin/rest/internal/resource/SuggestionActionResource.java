package org.lianxin.rest.internal.resource;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.lianxin.api.SuggestionService;
import org.lianxin.api.dto.Assignment;
import org.lianxin.api.dto.Contact;
import org.lianxin.api.dto.ContactInput;
import org.lianxin.api.dto.Evaluation;
import org.lianxin.api.dto.ExtensionRequest;
import org.lianxin.api.dto.Reply;
import org.lianxin.api.dto.SecondaryEvaluation;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.rest.internal.caller.Caller;
import org.lianxin.rest.internal.openapi.OptionalBody;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Require;

/**
 * One endpoint per lifecycle action, {@code POST /suggestions/{id}/<action>}, each answering the updated
 * suggestion. Actions without a body accept none or an empty one. Core refuses an action the state does not
 * allow with 409, naming the state and the allowed actions.
 */
@Path("/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SuggestionActionResource {
    private final SuggestionService suggestions;

    public SuggestionActionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    /** The township's check of a pre-submitted draft; a reason is required when it does not pass. */
    @POST
    @Path("{id}/pre-check")
    public Suggestion preCheck(@PathParam("id") long id, ActionBodies.PreCheck body, @Context SecurityContext caller) {
        Require.body(body, "pre-check");
        boolean pass = Require.present(body.pass(), "pass");
        return suggestions.preCheck(id, pass, reason(body.reason(), !pass), Caller.actor(caller));
    }

    @POST
    @Path("{id}/formalize")
    public Suggestion formalize(@PathParam("id") long id, @Context SecurityContext caller) {
        return suggestions.formalize(id, Caller.actor(caller));
    }

    @POST
    @Path("{id}/group-pass")
    public Suggestion groupPass(@PathParam("id") long id, @Context SecurityContext caller) {
        return suggestions.groupPass(id, Caller.actor(caller));
    }

    @POST
    @Path("{id}/group-return")
    public Suggestion groupReturn(@PathParam("id") long id, ActionBodies.Reason body, @Context SecurityContext caller) {
        Require.body(body, "group-return");
        return suggestions.groupReturn(id, reason(body.reason(), true), Caller.actor(caller));
    }

    @POST
    @Path("{id}/resubmit")
    public Suggestion resubmit(@PathParam("id") long id, @OptionalBody ActionBodies.Resubmit body,
            @Context SecurityContext caller) {
        String title = body == null ? null : Require.length(body.title(), "title", Require.TITLE);
        String content = body == null ? null : Require.length(body.content(), "content", Require.CONTENT);
        return suggestions.resubmit(id, title, content, Caller.actor(caller));
    }

    @POST
    @Path("{id}/merge")
    public Suggestion merge(@PathParam("id") long id, ActionBodies.Merge body, @Context SecurityContext caller) {
        Require.body(body, "merge");
        long target = Require.positive(Require.present(body.targetId(), "targetId"), "targetId");
        return suggestions.merge(id, target, reason(body.reason(), false), Caller.actor(caller));
    }

    @POST
    @Path("{id}/route")
    public Suggestion route(@PathParam("id") long id, ActionBodies.Route body, @Context SecurityContext caller) {
        Require.body(body, "route");
        return suggestions.route(id, Require.present(body.tier(), "tier"), Caller.actor(caller));
    }

    @POST
    @Path("{id}/pre-assign")
    public Suggestion preAssign(@PathParam("id") long id, Assignment body, @Context SecurityContext caller) {
        return suggestions.preAssign(id, assignment(Require.body(body, "assignment")), Caller.actor(caller));
    }

    /** Assigns to the given units, or confirms the pre-assignment when no body is sent. */
    @POST
    @Path("{id}/assign")
    public Suggestion assign(@PathParam("id") long id, @OptionalBody Assignment body,
            @Context SecurityContext caller) {
        return suggestions.assign(id, body == null ? null : assignment(body), Caller.actor(caller));
    }

    @POST
    @Path("{id}/accept")
    public Suggestion accept(@PathParam("id") long id, @Context SecurityContext caller) {
        return suggestions.accept(id, Caller.actor(caller));
    }

    @POST
    @Path("{id}/unit-return")
    public Suggestion unitReturn(@PathParam("id") long id, ActionBodies.Reason body, @Context SecurityContext caller) {
        Require.body(body, "unit-return");
        return suggestions.unitReturn(id, reason(body.reason(), true), Caller.actor(caller));
    }

    /** Logs a contact between the unit and the deputy; answers the contact. */
    @POST
    @Path("{id}/contacts")
    @Returns(value = Contact.class, status = 201)
    public Response contact(@PathParam("id") long id, ContactInput body, @Context SecurityContext caller,
            @Context UriInfo uri) {
        Require.body(body, "contact");
        Require.present(body.phase(), "phase");
        Require.text(body.method(), "method", Require.NAME);
        Require.length(body.note(), "note", Require.REASON);
        Contact contact = suggestions.logContact(id, body, Caller.actor(caller));
        URI list = uri.getBaseUriBuilder().path("suggestions").path(Long.toString(id)).path("contacts").build();
        return Response.created(list).entity(contact).build();
    }

    @POST
    @Path("{id}/extension-request")
    public Suggestion requestExtension(@PathParam("id") long id, ExtensionRequest body,
            @Context SecurityContext caller) {
        Require.body(body, "extension-request");
        reason(body.reason(), true);
        return suggestions.requestExtension(id, body, Caller.actor(caller));
    }

    /** Approves or refuses the pending extension; refusing needs a reason. */
    @POST
    @Path("{id}/extension-decision")
    public Suggestion decideExtension(@PathParam("id") long id, ActionBodies.ExtensionDecision body,
            @Context SecurityContext caller) {
        Require.body(body, "extension-decision");
        boolean approve = Require.present(body.approve(), "approve");
        return suggestions.decideExtension(id, approve, reason(body.reason(), !approve), Caller.actor(caller));
    }

    @POST
    @Path("{id}/reply")
    public Suggestion reply(@PathParam("id") long id, Reply body, @Context SecurityContext caller) {
        Require.body(body, "reply");
        Require.present(body.resultClass(), "resultClass");
        Require.text(body.text(), "text", Require.CONTENT);
        return suggestions.reply(id, body, Caller.actor(caller));
    }

    @POST
    @Path("{id}/evaluate")
    public Suggestion evaluate(@PathParam("id") long id, Evaluation body, @Context SecurityContext caller) {
        Require.body(body, "evaluation");
        Require.present(body.rating(), "rating");
        Require.length(body.comment(), "comment", Require.REASON);
        return suggestions.evaluate(id, body, Caller.actor(caller));
    }

    /** Puts the item under key supervision led by a congress leader. */
    @POST
    @Path("{id}/supervise")
    public Suggestion supervise(@PathParam("id") long id, ActionBodies.Supervise body,
            @Context SecurityContext caller) {
        Require.body(body, "supervise");
        String leader = Require.text(body.leader(), "leader", Require.NAME);
        return suggestions.supervise(id, leader, reason(body.reason(), true), Caller.actor(caller));
    }

    /** The unit's published explanation when the deputy is still unsatisfied after supervision. */
    @POST
    @Path("{id}/explain")
    public Suggestion explain(@PathParam("id") long id, ActionBodies.Explain body, @Context SecurityContext caller) {
        Require.body(body, "explain");
        return suggestions.explain(id, Require.text(body.explanation(), "explanation", Require.CONTENT),
                Caller.actor(caller));
    }

    @POST
    @Path("{id}/close")
    public Suggestion close(@PathParam("id") long id, @Context SecurityContext caller) {
        return suggestions.close(id, Caller.actor(caller));
    }

    /** A B-class item on the look-back list is actually solved. */
    @POST
    @Path("{id}/mark-solved")
    public Suggestion markSolved(@PathParam("id") long id, @OptionalBody ActionBodies.MarkSolved body,
            @Context SecurityContext caller) {
        String note = body == null ? null : Require.length(body.note(), "note", Require.REASON);
        return suggestions.markSolved(id, note, Caller.actor(caller));
    }

    /** 二次评价; {@code reassignTo} re-assigns the item (二次交办). */
    @POST
    @Path("{id}/secondary-evaluation")
    public Suggestion secondaryEvaluate(@PathParam("id") long id, SecondaryEvaluation body,
            @Context SecurityContext caller) {
        Require.body(body, "secondary-evaluation");
        Require.present(body.rating(), "rating");
        Require.length(body.comment(), "comment", Require.REASON);
        if (body.reassignTo() != null) {
            assignment(body.reassignTo());
        }
        return suggestions.secondaryEvaluate(id, body, Caller.actor(caller));
    }

    private static String reason(String reason, boolean required) {
        return required ? Require.text(reason, "reason", Require.REASON)
                : Require.length(reason, "reason", Require.REASON);
    }

    private static Assignment assignment(Assignment a) {
        Require.positive(a.leadUnitId(), "leadUnitId");
        if (a.coUnitIds().stream().anyMatch(u -> u == null || u <= 0)) {
            throw new org.lianxin.api.ValidationException("coUnitIds", "must hold positive ids only");
        }
        return a;
    }
}

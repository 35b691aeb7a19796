package org.lianxin.practice.livelihood.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
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

import org.lianxin.api.dto.Page;
import org.lianxin.practice.livelihood.api.SatisfactionTally;
import org.lianxin.practice.livelihood.internal.Projects;
import org.lianxin.practice.livelihood.internal.model.Milestone;
import org.lianxin.practice.livelihood.internal.model.MilestoneInput;
import org.lianxin.practice.livelihood.internal.model.Progress;
import org.lianxin.practice.livelihood.internal.model.ProgressInput;
import org.lianxin.practice.livelihood.internal.model.Project;
import org.lianxin.practice.livelihood.internal.model.SatisfactionInput;
import org.lianxin.practice.livelihood.internal.model.Supervision;
import org.lianxin.practice.livelihood.internal.model.SupervisionInput;
import org.lianxin.practice.support.Requests;

/** The chosen projects: milestones, progress, supervision reviews and the year-end satisfaction vote. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ProjectResource {
    private final Projects projects;

    public ProjectResource(Projects projects) {
        this.projects = projects;
    }

    @GET
    @Path("projects")
    public Page<Project> list(@QueryParam("regionId") Long regionId, @QueryParam("year") Integer year,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return projects.list(regionId, year, Requests.page(offset, limit));
    }

    @GET
    @Path("projects/{id}")
    public Project get(@PathParam("id") long id) {
        return projects.get(id);
    }

    @GET
    @Path("projects/{id}/milestones")
    public List<Milestone> milestones(@PathParam("id") long id) {
        return projects.milestones(id);
    }

    @POST
    @Path("projects/{id}/milestones")
    public Response milestone(@PathParam("id") long id, MilestoneInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(projects.addMilestone(id, Requests.body(in), Requests.actor(sc))).build();
    }

    /** The milestone reached; body optional: {"doneOn": "YYYY-MM-DD"} (default today). */
    @POST
    @Path("projects/{id}/milestones/{mid}/done")
    public Milestone done(@PathParam("id") long id, @PathParam("mid") long mid, MilestoneInput in,
            @Context SecurityContext sc) {
        LocalDate on = in == null ? null : in.doneOn();
        return projects.milestoneDone(id, mid, on, Requests.actor(sc));
    }

    @GET
    @Path("projects/{id}/progress")
    public List<Progress> progress(@PathParam("id") long id) {
        return projects.progress(id);
    }

    @POST
    @Path("projects/{id}/progress")
    public Project report(@PathParam("id") long id, ProgressInput in, @Context SecurityContext sc) {
        return projects.report(id, Requests.body(in), Requests.actor(sc));
    }

    @GET
    @Path("projects/{id}/reviews")
    public List<Supervision> reviews(@PathParam("id") long id) {
        return projects.reviews(id);
    }

    @POST
    @Path("projects/{id}/reviews")
    public Response review(@PathParam("id") long id, SupervisionInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(projects.review(id, Requests.body(in), Requests.actor(sc))).build();
    }

    @GET
    @Path("projects/{id}/satisfaction")
    public SatisfactionTally tally(@PathParam("id") long id) {
        return projects.tally(id);
    }

    /** A deputy's year-end vote; the answer is the tally, one vote per deputy and project. */
    @POST
    @Path("projects/{id}/satisfaction")
    public Response satisfaction(@PathParam("id") long id, SatisfactionInput in, @Context SecurityContext sc) {
        return Response.status(Response.Status.CREATED)
                .entity(projects.satisfaction(id, Requests.body(in), Requests.actor(sc))).build();
    }
}

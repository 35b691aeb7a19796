package org.lianxin.rest.internal.auth;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Context;

import org.lianxin.api.dto.Page;
import org.lianxin.api.security.NewUser;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.SecurityEvent;
import org.lianxin.api.security.User;
import org.lianxin.api.security.UserInput;
import org.lianxin.api.security.UserService;
import org.lianxin.rest.internal.openapi.Returns;
import org.lianxin.rest.internal.param.Paging;
import org.lianxin.rest.internal.param.Require;

/** Users, their roles and scopes (administrators of the region and above), and the security audit. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UserResource {
    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Path("users")
    public Page<User> list(@QueryParam("regionId") Long regionId, @QueryParam("role") Role role,
            @QueryParam("name") String name, @QueryParam(Paging.OFFSET) Integer offset,
            @QueryParam(Paging.LIMIT) Integer limit) {
        return users.list(regionId, role, name, Paging.of(offset, limit));
    }

    /** A new user; the answer carries the one-time password, shown this once, to be changed at first login. */
    @POST
    @Path("users")
    @Returns(value = NewUser.class, status = 201)
    public Response create(UserInput in, @Context UriInfo uri) {
        NewUser created = users.create(Require.body(in, "user"));
        return Response.created(uri.getBaseUriBuilder().path("users").path(Long.toString(created.user().id()))
                .build()).entity(created).build();
    }

    @GET
    @Path("users/{id}")
    public User get(@PathParam("id") long id) {
        return users.get(id);
    }

    /** New display name, roles and scope. */
    @PUT
    @Path("users/{id}")
    public User update(@PathParam("id") long id, UserInput in) {
        return users.update(id, Require.body(in, "user"));
    }

    @POST
    @Path("users/{id}/disable")
    public User disable(@PathParam("id") long id) {
        return users.setEnabled(id, false);
    }

    @POST
    @Path("users/{id}/enable")
    public User enable(@PathParam("id") long id) {
        return users.setEnabled(id, true);
    }

    @POST
    @Path("users/{id}/unlock")
    public User unlock(@PathParam("id") long id) {
        return users.unlock(id);
    }

    /** A new one-time password, shown this once. */
    @POST
    @Path("users/{id}/reset-password")
    public NewUser resetPassword(@PathParam("id") long id) {
        return users.resetPassword(id);
    }

    /** Logins, failures, lock-outs, changes of roles and scope, exports: newest first. */
    @GET
    @Path("security-events")
    public Page<SecurityEvent> events(@QueryParam("username") String username, @QueryParam("kind") String kind,
            @QueryParam(Paging.OFFSET) Integer offset, @QueryParam(Paging.LIMIT) Integer limit) {
        return users.events(username, kind, Paging.of(offset, limit));
    }
}

package org.lianxin.rest.internal.auth;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.LoginResult;
import org.lianxin.rest.internal.param.Require;

/** Log in (a bearer token), log out, change one's own password, say who one is. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final AuthService auth;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    /**
     * Checks the password through Karaf's JAAS realm and answers a token valid for a short while; while
     * {@code mustChangePassword} is true the token serves only {@code /auth/password}.
     */
    @POST
    @Path("login")
    public LoginResult login(LoginInput in, @Context HttpServletRequest http) {
        Require.body(in, "login");
        String username = Require.text(in.username(), "username", 64);
        if (in.password() == null || in.password().isEmpty()) {
            throw new org.lianxin.rest.internal.error.InvalidInputException("password", "is required");
        }
        if (in.password().length() > 200) {
            throw new NotAuthenticatedException("wrong username or password");
        }
        String source = source(http);
        Identity identity = JaasLogin.login(username, in.password().toCharArray(), source);
        return auth.issueToken(identity, source);
    }

    @POST
    @Path("logout")
    public void logout(@Context ContainerRequestContext request) {
        Object token = request.getProperty(AuthFilter.TOKEN_PROPERTY);
        if (token == null) {
            throw new NotAuthenticatedException("log out needs the token to end (Authorization: Bearer <token>)");
        }
        auth.logout(token.toString());
    }

    @POST
    @Path("password")
    public void changePassword(PasswordInput in, @Context HttpServletRequest http) {
        Identity me = signedIn();
        Require.body(in, "password change");
        if (in.currentPassword() == null || in.newPassword() == null) {
            throw new org.lianxin.rest.internal.error.InvalidInputException(in.currentPassword() == null
                    ? "currentPassword" : "newPassword", "is required");
        }
        auth.changePassword(me.username(), in.currentPassword().toCharArray(), in.newPassword().toCharArray(),
                source(http));
    }

    @GET
    @Path("me")
    public Me me() {
        Identity me = signedIn();
        return new Me(me.username(), me.roles(), me.regionId(), me.unitId(), me.deputyId());
    }

    private static Identity signedIn() {
        Identity me = Callers.current().orElse(Identity.PUBLIC);
        if (me.isPublic()) {
            throw new NotAuthenticatedException("this needs a login (Authorization: Bearer <token>)");
        }
        return me;
    }

    static String source(HttpServletRequest http) {
        return http == null ? "rest" : "rest " + http.getRemoteAddr();
    }
}

package org.lianxin.core.internal.security.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextInputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.lianxin.api.LianxinException;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.IdentityPrincipal;
import org.lianxin.api.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Checks a console or REST login against Lianxin's users. The subject gets Karaf's user and role principals (an
 * administrator the console roles, office staff and leaders the console's read-only role, others none: the console
 * is not their tool) and the {@link IdentityPrincipal} services read the caller from.
 */
public class LianxinLoginModule implements LoginModule {
    /** The prompt of the optional callback that says where a login comes from (REST answers it, ssh does not). */
    public static final String SOURCE_PROMPT = "lianxin-source";

    private Subject subject;
    private CallbackHandler handler;
    private Identity identity;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("username: ");
        PasswordCallback password = new PasswordCallback("password: ", false);
        try {
            handler.handle(new Callback[] { name, password });
        } catch (IOException | UnsupportedCallbackException e) {
            throw (LoginException) new LoginException("cannot read the credentials: " + e.getMessage()).initCause(e);
        }
        BundleContext context = FrameworkUtil.getBundle(LianxinLoginModule.class).getBundleContext();
        ServiceReference<AuthService> ref = context == null ? null : context.getServiceReference(AuthService.class);
        AuthService auth = ref == null ? null : context.getService(ref);
        if (auth == null) {
            throw new LoginException("Lianxin's user store is not running");
        }
        try {
            identity = auth.verify(name.getName(), password.getPassword(), source());
            return true;
        } catch (LianxinException e) {
            throw new FailedLoginException(e.getMessage());
        } finally {
            password.clearPassword();
            context.ungetService(ref);
        }
    }

    private String source() {
        TextInputCallback source = new TextInputCallback(SOURCE_PROMPT);
        try {
            handler.handle(new Callback[] { source });
        } catch (IOException | UnsupportedCallbackException notAsked) {
            return "console";
        }
        return source.getText() == null ? "console" : source.getText();
    }

    @Override
    public boolean commit() {
        if (identity == null) {
            return false;
        }
        added.add(new UserPrincipal(identity.username()));
        added.add(new IdentityPrincipal(identity));
        for (String role : consoleRoles(identity)) {
            added.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(added);
        return true;
    }

    static List<String> consoleRoles(Identity identity) {
        List<String> roles = new ArrayList<>();
        if (identity.has(Role.ADMIN)) {
            roles.addAll(List.of("admin", "manager", "viewer", "systembundles", "ssh"));
        } else if (identity.has(Role.STAFF) || identity.has(Role.LEADER)) {
            roles.addAll(List.of("viewer", "ssh"));
        }
        identity.roles().forEach(r -> roles.add("lianxin-" + r.name().toLowerCase(java.util.Locale.ROOT)));
        return roles;
    }

    @Override
    public boolean abort() {
        identity = null;
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        identity = null;
        return true;
    }
}

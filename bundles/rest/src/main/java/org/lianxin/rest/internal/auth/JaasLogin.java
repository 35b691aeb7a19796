package org.lianxin.rest.internal.auth;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.TextInputCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.IdentityPrincipal;

/**
 * A REST login through Karaf's JAAS realm, as the console's: whatever realm Karaf serves under this name (Lianxin's
 * user store) decides, counts failures and audits.
 */
public final class JaasLogin {
    public static final String REALM = "karaf";
    /** Lianxin's login module asks for this optional callback to know where a login comes from. */
    static final String SOURCE_PROMPT = "lianxin-source";

    private JaasLogin() {
    }

    public static Identity login(String username, char[] password, String source) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads Karaf's proxy module through the context class loader; it is on the boot class path
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            LoginContext context = new LoginContext(REALM, new Subject(), callbacks -> {
                for (Callback c : callbacks) {
                    if (c instanceof NameCallback n) {
                        n.setName(username);
                    } else if (c instanceof PasswordCallback p) {
                        p.setPassword(password);
                    } else if (c instanceof TextInputCallback t && SOURCE_PROMPT.equals(t.getPrompt())) {
                        t.setText(source);
                    } else {
                        throw new UnsupportedCallbackException(c);
                    }
                }
            });
            context.login();
            return context.getSubject().getPrincipals(IdentityPrincipal.class).stream()
                    .map(IdentityPrincipal::identity).findFirst()
                    .orElseThrow(() -> new NotAuthenticatedException("the realm " + REALM + " is not Lianxin's: it"
                            + " knows no Lianxin user"));
        } catch (LoginException e) {
            throw new NotAuthenticatedException(e.getMessage() == null ? "login failed" : e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
            java.util.Arrays.fill(password, '\0');
        }
    }
}

package org.lianxin.core.internal.security.jaas;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.config.JaasRealm;
import org.lianxin.api.security.AuthService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf's {@code karaf} realm, backed by Lianxin's users: it outranks the realm of {@code etc/users.properties}, so
 * the console (ssh, {@code bin/client}) and the REST login check the same passwords, lock-outs and audit. Registered
 * only once the user store is up.
 */
@Component(service = JaasRealm.class)
public class LianxinRealm implements JaasRealm {
    static final String NAME = "karaf";
    /** Karaf's own realm of this name has rank 0. */
    static final int RANK = 100;

    private final long bundleId;

    @Activate
    public LianxinRealm(BundleContext context, @Reference AuthService ready) {
        this.bundleId = context.getBundle().getBundleId();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        // Karaf's proxy loads our module from our bundle: the boot class path cannot see it
        Map<String, Object> options = Map.of("org.apache.karaf.jaas.module", LianxinLoginModule.class.getName(),
                "org.apache.karaf.jaas.bundle", Long.toString(bundleId));
        return new AppConfigurationEntry[] { new AppConfigurationEntry("org.apache.karaf.jaas.boot.ProxyLoginModule",
                LoginModuleControlFlag.REQUIRED, options) };
    }
}

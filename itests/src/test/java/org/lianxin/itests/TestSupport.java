package org.lianxin.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import java.security.PrivilegedExceptionAction;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.IdentityPrincipal;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.User;
import org.lianxin.api.security.UserInput;
import org.lianxin.api.security.UserService;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Boots the Lianxin distribution built by this reactor (once per suite), on test ports, with demo data on and
 * the escalation job off so that tests decide when escalation runs.
 */
public abstract class TestSupport {
    protected static final String API = "http://127.0.0.1:" + ItConfig.HTTP_PORT + "/api/v1";

    @Inject
    protected BundleContext context;

    @Inject
    protected SessionFactory sessionFactory;

    /**
     * The service packages the tests use, wired when the probe resolves. The probe's default DynamicImport-Package
     * alone wires them at first class load, which failed once ("org.osgi.service.event.Event not found by
     * PAXEXAM-PROBE") while the container was refreshing bundles. Optional: never a reason for the probe not to start.
     */
    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        probe.setHeader(Constants.IMPORT_PACKAGE, String.join(",", List.of("org.osgi.framework", "org.osgi.service.event",
                "org.apache.karaf.shell.api.console", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind",
                "javax.inject", "org.lianxin.spi", "org.lianxin.api", "org.lianxin.api.dto", "org.lianxin.api.security", "org.osgi.service.cm")).replace(",", ";resolution:=optional,") + ";resolution:=optional");
        return probe;
    }

    @Configuration
    public Option[] config() {
        ItConfig.resetPostgresql(ItConfig.PG_DATABASE);
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(ItConfig.distribution().toURI().toString())
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false).name("Lianxin")
                        .karafVersion("4.4.10"),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                systemTimeout(120_000),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(ItConfig.HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort",
                        String.valueOf(ItConfig.SSH_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(ItConfig.RMI_REGISTRY_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(ItConfig.RMI_SERVER_PORT)),
                systemProperty("lianxin.itest.portBase").value(String.valueOf(ItConfig.PORT_BASE)),
                editConfigurationFilePut("etc/org.lianxin.escalation.cfg", "enabled", "false"),
                editConfigurationFilePut("etc/org.lianxin.demo.cfg", "enabled", "true")));
        if (System.getProperty("maven.repo.local") != null) {
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", System.getProperty("maven.repo.local")));
        }
        if (ItConfig.postgresql()) {
            String cfg = "etc/org.ops4j.datasource-lianxin.cfg";
            options.add(editConfigurationFilePut(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut(cfg, "url", ItConfig.pgUrl(ItConfig.PG_DATABASE)));
            options.add(editConfigurationFilePut(cfg, "user", "postgres"));
            options.add(editConfigurationFilePut(cfg, "password", ""));
        }
        return options.toArray(new Option[0]);
    }

    /**
     * Runs a console command as an admin would type it, returning what it printed. The session runs as a user with
     * the admin role: Karaf hides role-protected commands (feature:install...) from a session without one.
     */
    protected String console(String command) throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        // what Lianxin's realm puts into a console session's subject: the services read the caller from it
        admin.getPrincipals().add(new IdentityPrincipal(new Identity(0, "itest", Set.of(Role.ADMIN), null, null, null,
                null)));
        return Subject.doAs(admin, (PrivilegedExceptionAction<String>) () -> run(command));
    }

    /** A client logged in as the test administrator (a national ADMIN). */
    protected Http adminHttp() throws Exception {
        return userHttp("itest.admin", "测试管理员", Set.of(Role.ADMIN), null, null, null);
    }

    /**
     * A client logged in as a user with these roles and scope, created (or updated, on a database kept from an
     * earlier test class) in the container as the system, given a fresh one-time password and logged in with it the
     * way a new user's first login goes: the forced change, then the work.
     */
    protected Http userHttp(String username, String displayName, Set<Role> roles, Long regionId, Long unitId,
            Long deputyId) throws Exception {
        assertTrue("the user store and REST are up", Http.await(Duration.ofSeconds(120),
                () -> context.getServiceReference(UserService.class) != null
                        && new Http(API).get("/health").status() == 200));
        UserService users = service(UserService.class);
        UserInput input = new UserInput(username, displayName, roles, regionId, unitId, deputyId);
        String oneTime = Callers.asSystem(() -> {
            User existing;
            try {
                existing = users.getByUsername(username);
            } catch (NotFoundException absent) {
                return users.create(input).oneTimePassword();
            }
            users.update(existing.id(), input);
            return users.resetPassword(existing.id()).oneTimePassword();
        });
        return Http.login(API, username, oneTime, "It-" + java.util.UUID.randomUUID());
    }

    protected <T> T service(Class<T> type) {
        org.osgi.framework.ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new AssertionError(type.getName() + " is not registered");
        }
        return context.getService(ref);
    }

    private String run(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(result);
            }
        } catch (Exception e) {
            out.println("ERROR: " + e.getMessage());
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

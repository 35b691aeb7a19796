package org.lianxin.core.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.lianxin.core.internal.jpa.UserEntity;
import org.lianxin.core.internal.tx.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password ships. When the user table is empty (the first start), the user {@code admin} is created
 * with a random password, written to {@code ${karaf.data}/admin.password} (owner-only) and printed once in the log;
 * a REST login with it must change it first.
 */
@Component(immediate = true)
public class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    static final String USERNAME = "admin";

    @Activate
    public FirstAdmin(@Reference Tx tx, @Reference AuthServiceImpl auth, @Reference SecurityAudit audit) {
        char[] password = Passwords.random();
        String hash = auth.passwords().hash(password);
        boolean created;
        try {
            created = tx.write(em -> {
                long users = em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult();
                if (users > 0) {
                    return false;
                }
                UserEntity u = new UserEntity();
                u.username = USERNAME;
                u.displayName = "Administrator";
                u.passwordHash = hash;
                u.roles = "ADMIN";
                u.enabled = 1;
                u.mustChange = 1;
                u.createdAt = UserMapper.now();
                em.persist(u);
                em.flush();
                return true;
            });
        } catch (RuntimeException e) {
            // another node sharing the database created it at the same moment (the unique username)
            LOG.info("first administrator not created here: {}", e.getMessage());
            created = false;
        }
        if (created) {
            Path file = Path.of(System.getProperty("karaf.data", "data"), "admin.password");
            write(file, password);
            LOG.warn("Lianxin user '{}' created with password {} (also in {}). It is shown once: log in and change"
                    + " it.", USERNAME, new String(password), file);
            audit.record(SecurityAudit.USER_CREATED, USERNAME, "first start", "[ADMIN] region (all)");
        }
        Passwords.wipe(password);
    }

    private static void write(Path file, char[] password) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new String(password) + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's own permissions apply
            }
        } catch (IOException e) {
            LOG.error("could not write {}: the password is only in this log", file, e);
        }
    }
}

package org.lianxin.shell.internal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No default password ships: on the first start, the console user {@code admin} gets a random password, written
 * to {@code ${karaf.data}/admin.password} (readable by the owner only) and printed once in the log.
 */
@Component(immediate = true)
public class ConsoleAdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAdminBootstrap.class);
    static final String USER = "admin";
    static final String GROUP_LINE = "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh";
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    @Activate
    public ConsoleAdminBootstrap() throws IOException {
        Path users = Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
        Path secret = Path.of(System.getProperty("karaf.data", "data"), "admin.password");
        if (!Files.exists(users) || Files.exists(secret) || hasUser(Files.readAllLines(users), USER)) {
            return;
        }
        String password = randomPassword(20);
        Files.writeString(secret, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
        StringBuilder add = new StringBuilder("\n# created on first start by Lianxin; change it with jaas:* commands\n");
        add.append(USER).append(" = ").append(password).append(",_g_:admingroup\n");
        if (!Files.readString(users, StandardCharsets.UTF_8).lines().anyMatch(l -> l.startsWith("_g_\\:admingroup"))) {
            add.append(GROUP_LINE).append('\n');
        }
        Files.writeString(users, add, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        LOG.warn("Console user '{}' created with password {} (also in {}). It is shown once: keep it safe.", USER,
                password, secret);
    }

    static boolean hasUser(List<String> lines, String user) {
        return lines.stream().map(String::trim).anyMatch(l -> l.startsWith(user + " ") || l.startsWith(user + "="));
    }

    static String randomPassword(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}

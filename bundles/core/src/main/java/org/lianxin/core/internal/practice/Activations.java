package org.lianxin.core.internal.practice;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.lianxin.api.ValidationException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each practice is active: the factory configurations {@code org.lianxin.practice.<id>~<name>} with
 * {@code region=<CODE>}, read from Configuration Admin on every question so an edited {@code .cfg} applies at once.
 * Activations written here go to {@code etc/org.lianxin.practice.<id>~<code>.cfg} as an admin would write them
 * (FileInstall reads such a file as the plain pid {@code org.lianxin.practice.<id>~<code>}; both forms are read).
 */
@Component(service = Activations.class)
public class Activations {
    static final String FACTORY_PREFIX = "org.lianxin.practice.";
    static final String REGION = "region";
    static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    private static final Logger LOG = LoggerFactory.getLogger(Activations.class);

    private final ConfigurationAdmin configAdmin;

    @Activate
    public Activations(@Reference ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    static String checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException("practice", "a practice id is 1-30 lower-case letters, digits or '-', "
                    + "starting with a letter: " + id);
        }
        return id;
    }

    /** The region codes the practice is activated for, sorted. */
    List<String> regions(String practiceId) {
        List<String> codes = new ArrayList<>();
        for (Configuration c : configurations(practiceId)) {
            String code = code(c);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        codes.sort(null);
        return codes;
    }

    boolean activate(String practiceId, String regionCode) {
        if (regions(practiceId).contains(regionCode)) {
            return false;
        }
        String pid = FACTORY_PREFIX + practiceId + "~" + regionCode.toLowerCase(Locale.ROOT);
        try {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(REGION, regionCode);
            File file = etcFile(pid);
            if (file != null) {
                // the file an admin would have written; FileInstall keeps it and the configuration in step
                Files.writeString(file.toPath(), "# written by practice:activate; remove with practice:deactivate\n"
                        + REGION + " = " + regionCode + "\n", StandardCharsets.UTF_8);
                props.put(FILEINSTALL_FILENAME, file.toURI().toString());
            }
            configAdmin.getConfiguration(pid, "?").update(props);
            LOG.info("practice {} activated for {}", practiceId, regionCode);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("could not write the activation of " + practiceId, e);
        }
    }

    boolean deactivate(String practiceId, String regionCode) {
        String code = regionCode == null ? "" : regionCode.trim().toUpperCase(Locale.ROOT);
        boolean any = false;
        for (Configuration c : configurations(practiceId)) {
            if (code.equals(code(c))) {
                try {
                    Object file = c.getProperties().get(FILEINSTALL_FILENAME);
                    if (file != null) {
                        Files.deleteIfExists(Path.of(URI.create(String.valueOf(file))));
                    }
                    c.delete();
                    any = true;
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalStateException("could not remove the activation of " + practiceId, e);
                }
            }
        }
        if (any) {
            LOG.info("practice {} deactivated for {}", practiceId, code);
        }
        return any;
    }

    /** etc/&lt;pid&gt;.cfg of this Karaf, or null outside Karaf. */
    private static File etcFile(String pid) {
        String etc = System.getProperty("karaf.etc");
        return etc == null ? null : new File(etc, pid + ".cfg");
    }

    private List<Configuration> configurations(String practiceId) {
        try {
            // a named factory configuration; Felix FileInstall creates etc/<factoryPid>~<name>.cfg as a plain pid
            String factory = FACTORY_PREFIX + checkId(practiceId);
            Configuration[] configs = configAdmin.listConfigurations(
                    "(|(service.factoryPid=" + factory + ")(service.pid=" + factory + "~*))");
            return configs == null ? List.of() : List.of(configs);
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warn("could not read the activations of practice {}", practiceId, e);
            return List.of();
        }
    }

    private static String code(Configuration c) {
        Dictionary<String, Object> props = c.getProperties();
        Object region = props == null ? null : props.get(REGION);
        return region == null ? null : String.valueOf(region).trim().toUpperCase(Locale.ROOT);
    }
}

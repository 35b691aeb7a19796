package org.lianxin.core.internal.db;

import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings core's tables up to date when the DataSource appears, before any service touches them; registered
 * as a service only once the migrations succeeded, so the JPA-backed services wait for it.
 */
@Component(service = CoreSchema.class, immediate = true)
public class CoreSchema {
    private static final Logger LOG = LoggerFactory.getLogger(CoreSchema.class);

    @Activate
    public CoreSchema(@Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            BundleContext context) throws Exception {
        long start = System.nanoTime();
        List<Integer> applied = new Migrations(dataSource).apply("core", scripts(context.getBundle(), "db/core"));
        LOG.info("core schema ready ({} migration(s) applied in {} ms)", applied.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The {@code NNN_name.sql} scripts of a folder of a bundle, sorted by name. */
    public static SortedMap<String, URL> scripts(Bundle bundle, String folder) {
        SortedMap<String, URL> scripts = new TreeMap<>();
        Enumeration<URL> urls = bundle.findEntries(folder, "*.sql", false);
        while (urls != null && urls.hasMoreElements()) {
            URL url = urls.nextElement();
            String path = url.getPath();
            scripts.put(path.substring(path.lastIndexOf('/') + 1), url);
        }
        return scripts;
    }
}

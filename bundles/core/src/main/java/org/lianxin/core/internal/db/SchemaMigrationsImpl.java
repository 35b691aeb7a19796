package org.lianxin.core.internal.db;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.lianxin.api.SchemaMigrations;
import org.lianxin.api.ValidationException;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Core's migration runner for the practices' own tables; offered once core's schema is ready. */
@Component(service = SchemaMigrations.class)
public class SchemaMigrationsImpl implements SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrationsImpl.class);
    private static final Pattern COMPONENT = Pattern.compile("[a-z][a-z0-9-]{0,29}");

    private final Migrations migrations;

    @Activate
    public SchemaMigrationsImpl(@Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            @Reference CoreSchema coreReady) {
        this.migrations = new Migrations(dataSource);
    }

    @Override
    public List<Integer> migrate(String component, Bundle bundle) {
        if (component == null || !COMPONENT.matcher(component).matches() || component.equals("core")) {
            throw new ValidationException("component", "must be a practice id (lower-case, not 'core'): " + component);
        }
        long start = System.nanoTime();
        try {
            List<Integer> applied = migrations.apply(component, CoreSchema.scripts(bundle, "db/" + component));
            LOG.info("schema of {} ready ({} migration(s) applied in {} ms)", component, applied.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return applied;
        } catch (SQLException | IOException | RuntimeException e) {
            throw new IllegalStateException("the migrations of " + component + " failed: " + e.getMessage(), e);
        }
    }
}

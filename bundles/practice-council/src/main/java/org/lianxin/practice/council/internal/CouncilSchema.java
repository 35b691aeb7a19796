package org.lianxin.practice.council.internal;

import org.lianxin.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the council tables ({@code db/council/*.sql}) up to date before anything uses them; kept when uninstalled. */
@Component(service = CouncilSchema.class, immediate = true)
public class CouncilSchema {

    @Activate
    public CouncilSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(CouncilPractice.ID, context.getBundle());
    }
}

package org.lianxin.practice.studio.internal;

import org.lianxin.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the studio tables ({@code db/studio/*.sql}) up to date before anything uses them; kept when uninstalled. */
@Component(service = StudioSchema.class, immediate = true)
public class StudioSchema {

    @Activate
    public StudioSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(StudioPractice.ID, context.getBundle());
    }
}

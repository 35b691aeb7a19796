package org.lianxin.practice.litigation.internal;

import org.lianxin.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the litigation tables ({@code db/litigation/*.sql}) up to date before anything uses them; kept when uninstalled. */
@Component(service = LitigationSchema.class, immediate = true)
public class LitigationSchema {

    @Activate
    public LitigationSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(LitigationPractice.ID, context.getBundle());
    }
}

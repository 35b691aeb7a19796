package org.lianxin.practice.livelihood.internal;

import org.lianxin.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the livelihood tables ({@code db/livelihood/*.sql}) up to date before anything uses them; kept when uninstalled. */
@Component(service = LivelihoodSchema.class, immediate = true)
public class LivelihoodSchema {

    @Activate
    public LivelihoodSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(LivelihoodPractice.ID, context.getBundle());
    }
}

package org.lianxin.practice.petition.internal;

import org.lianxin.api.SchemaMigrations;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Brings the petition tables ({@code db/petition/*.sql}) up to date before anything uses them; kept when uninstalled. */
@Component(service = PetitionSchema.class, immediate = true)
public class PetitionSchema {

    @Activate
    public PetitionSchema(@Reference SchemaMigrations migrations, BundleContext context) {
        migrations.migrate(PetitionPractice.ID, context.getBundle());
    }
}

package org.lianxin.practice.studio.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.lianxin.practice.support.PracticeTx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The studio practice's transactions, on its unit, once its tables are up to date. */
@Component(service = StudioTx.class)
public class StudioTx extends PracticeTx {

    @Activate
    public StudioTx(@Reference(target = "(osgi.unit.name=lianxin-practice-studio)") JpaTemplate jpa,
            @Reference StudioSchema schemaReady) {
        super(jpa);
    }
}

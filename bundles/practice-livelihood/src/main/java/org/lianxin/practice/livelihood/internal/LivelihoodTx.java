package org.lianxin.practice.livelihood.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.lianxin.practice.support.PracticeTx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The livelihood practice's transactions, on its unit, once its tables are up to date. */
@Component(service = LivelihoodTx.class)
public class LivelihoodTx extends PracticeTx {

    @Activate
    public LivelihoodTx(@Reference(target = "(osgi.unit.name=lianxin-practice-livelihood)") JpaTemplate jpa,
            @Reference LivelihoodSchema schemaReady) {
        super(jpa);
    }
}

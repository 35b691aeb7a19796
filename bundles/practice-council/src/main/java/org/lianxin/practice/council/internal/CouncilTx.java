package org.lianxin.practice.council.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.lianxin.practice.support.PracticeTx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The council practice's transactions, on its unit, once its tables are up to date. */
@Component(service = CouncilTx.class)
public class CouncilTx extends PracticeTx {

    @Activate
    public CouncilTx(@Reference(target = "(osgi.unit.name=lianxin-practice-council)") JpaTemplate jpa,
            @Reference CouncilSchema schemaReady) {
        super(jpa);
    }
}

package org.lianxin.practice.litigation.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.lianxin.practice.support.PracticeTx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The litigation practice's transactions, on its unit, once its tables are up to date. */
@Component(service = LitigationTx.class)
public class LitigationTx extends PracticeTx {

    @Activate
    public LitigationTx(@Reference(target = "(osgi.unit.name=lianxin-practice-litigation)") JpaTemplate jpa,
            @Reference LitigationSchema schemaReady) {
        super(jpa);
    }
}

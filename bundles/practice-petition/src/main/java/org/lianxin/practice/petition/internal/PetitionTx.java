package org.lianxin.practice.petition.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.lianxin.practice.support.PracticeTx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The petition practice's transactions, on its unit, once its tables are up to date. */
@Component(service = PetitionTx.class)
public class PetitionTx extends PracticeTx {

    @Activate
    public PetitionTx(@Reference(target = "(osgi.unit.name=lianxin-practice-petition)") JpaTemplate jpa,
            @Reference PetitionSchema schemaReady) {
        super(jpa);
    }
}

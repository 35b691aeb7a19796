package org.lianxin.practice.petition.internal;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.practice.petition.internal.jpa.PetitionEntity;
import org.lianxin.practice.support.PracticeScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where the petition practice may act. A petition of a region where the practice is not active is not shown ("does
 * not exist" to callers there), and nothing is written there.
 */
@Component(service = Scope.class)
public class Scope extends PracticeScope {

    @Activate
    public Scope(@Reference PracticeRegistry practices, @Reference RegionService regions) {
        super(PetitionPractice.ID, practices, regions);
    }

    /** The petition, when the practice is active in its region. */
    PetitionEntity visible(PetitionEntity petition, long id) {
        if (petition == null || !isActive(petition.regionId)) {
            throw new NotFoundException("petition", id);
        }
        return petition;
    }
}

package org.lianxin.practice.council.internal;

import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.practice.support.PracticeScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Where the council practice may act. A council of a region where the practice is not active is not shown ("does not
 * exist" to callers there), and nothing is written there.
 */
@Component(service = Scope.class)
public class Scope extends PracticeScope {

    @Activate
    public Scope(@Reference PracticeRegistry practices, @Reference RegionService regions) {
        super(CouncilPractice.ID, practices, regions);
    }
}

package org.lianxin.practice.litigation.internal;

import org.lianxin.api.PracticeRegistry;
import org.lianxin.api.RegionService;
import org.lianxin.practice.support.PracticeScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Where the litigation practice may act; rows of regions where it is not active do not exist for callers (404). */
@Component(service = Scope.class)
public class Scope extends PracticeScope {

    @Activate
    public Scope(@Reference PracticeRegistry practices, @Reference RegionService regions) {
        super(LitigationPractice.ID, practices, regions);
    }
}

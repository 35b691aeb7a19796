package org.lianxin.practice.livelihood.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.practice.livelihood.internal.jpa.RoundEntity;

/** Before publication a round is its region's work; after it, everyone's. */
public class RoundVisibilityTest {
    private static final String COUNTY_A = "/1/2/3/";
    private static final Identity STAFF_A = user(Role.STAFF, "/1/2/3/", null);
    private static final Identity STAFF_B = user(Role.STAFF, "/1/2/9/", null);
    private static final Identity CITY = user(Role.LEADER, "/1/2/", null);
    private static final Identity TOWNSHIP_DEPUTY = user(Role.DEPUTY, "/1/2/3/7/", 5L);
    private static final Identity TOWNSHIP_STAFF = user(Role.STAFF, "/1/2/3/7/", null);

    @Test
    public void anUnpublishedRoundIsSeenInItsRegionAndByItsDeputiesOnly() {
        RoundEntity r = round(null);
        assertTrue(Scope.sees(STAFF_A, r));
        assertTrue(Scope.sees(CITY, r));
        assertTrue("a township's deputy votes in the county's round", Scope.sees(TOWNSHIP_DEPUTY, r));
        assertFalse(Scope.sees(STAFF_B, r));
        assertFalse(Scope.sees(TOWNSHIP_STAFF, r));
        assertFalse(Scope.sees(Identity.PUBLIC, r));
        assertTrue(Scope.sees(Identity.SYSTEM, r));
    }

    @Test
    public void aPublishedRoundIsEveryones() {
        RoundEntity r = round(LocalDateTime.of(2026, 1, 20, 9, 0));
        assertTrue(Scope.sees(STAFF_B, r));
        assertTrue(Scope.sees(Identity.PUBLIC, r));
    }

    @Test
    public void listsKeepTheCallersPartOfEachPath() {
        assertEquals(List.of("/1/2/3/"), Scope.narrow(STAFF_A, List.of("/1/2/", "/1/5/")));
        assertEquals(List.of("/1/2/3/4/"), Scope.narrow(STAFF_A, List.of("/1/2/3/4/")));
        assertEquals(List.of(), Scope.narrow(STAFF_B, List.of("/1/2/3/")));
        assertEquals(List.of("/1/2/3/", "/1/5/"), Scope.narrow(Identity.PUBLIC, List.of("/1/2/3/", "/1/5/")));
    }

    private static RoundEntity round(LocalDateTime published) {
        RoundEntity r = new RoundEntity();
        r.regionPath = COUNTY_A;
        r.publishedAt = published;
        return r;
    }

    private static Identity user(Role role, String path, Long deputyId) {
        return new Identity(9, "u", Set.of(role), 1L, path, null, deputyId);
    }
}

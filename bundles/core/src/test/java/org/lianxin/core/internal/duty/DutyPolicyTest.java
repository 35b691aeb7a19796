package org.lianxin.core.internal.duty;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.lianxin.core.internal.util.Who.CITY;
import static org.lianxin.core.internal.util.Who.COUNTY;
import static org.lianxin.core.internal.util.Who.SIBLING;
import static org.lianxin.core.internal.util.Who.TOWN;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class DutyPolicyTest {
    private static final Identity STAFF = Who.user(Role.STAFF, COUNTY);

    @Test
    public void officeRolesAndGroupLeadersReadTheirRegionAndBelow() {
        for (Identity me : List.of(STAFF, Who.user(Role.LEADER, COUNTY), Who.groupLeader(7, COUNTY))) {
            assertTrue(DutyPolicy.canSee(me, TOWN, 8));
            assertFalse(me.username(), DutyPolicy.canSee(me, SIBLING, 8));
            assertFalse(me.username(), DutyPolicy.canSee(me, CITY, 8));
        }
        assertTrue(DutyPolicy.canSee(Who.nationalAdmin(), SIBLING, 8));
    }

    @Test
    public void aDeputyReadsAndEntersTheirOwn() {
        Identity deputy = Who.deputy(7, TOWN);
        assertTrue(DutyPolicy.canSee(deputy, TOWN, 7));
        assertFalse(DutyPolicy.canSee(deputy, TOWN, 8));
        DutyPolicy.checkEnterer(deputy, "enter");
        DutyPolicy.checkEnter(deputy, 7, TOWN, "enter");
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkEnter(deputy, 8, TOWN, "enter"));
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkReview(deputy, TOWN, "approve"));
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkRegionReader(deputy, "due"));
        // a group leader enters only their own, but reviews the region's
        Identity leader = Who.groupLeader(7, COUNTY);
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkEnter(leader, 8, TOWN, "enter"));
        DutyPolicy.checkReview(leader, TOWN, "approve");
    }

    @Test
    public void staffEnterAndReviewForTheirRegionOnly() {
        DutyPolicy.checkEnter(STAFF, 8, TOWN, "enter");
        DutyPolicy.checkReview(STAFF, COUNTY, "approve");
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkEnter(STAFF, 8, SIBLING, "enter"));
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkReview(STAFF, CITY, "approve"));
        assertThrows(AccessDeniedException.class,
                () -> DutyPolicy.checkReview(Who.user(Role.LEADER, COUNTY), TOWN, "approve"));
        assertThrows(AccessDeniedException.class,
                () -> DutyPolicy.checkEnterer(Who.user(Role.LEADER, COUNTY), "enter"));
        DutyPolicy.checkReview(Who.nationalAdmin(), SIBLING, "approve");
        DutyPolicy.checkEnter(Identity.SYSTEM, 8, SIBLING, "enter");
    }

    @Test
    public void verifiedRecordsAreForAnySignedInCaller() {
        for (Identity me : List.of(STAFF, Who.deputy(7, TOWN), Who.handler(9, TOWN), Identity.SYSTEM)) {
            DutyPolicy.checkAutomatic(me, "record");
        }
        assertThrows(NotAuthenticatedException.class, () -> DutyPolicy.checkAutomatic(Identity.PUBLIC, "record"));
        assertThrows(AccessDeniedException.class,
                () -> DutyPolicy.checkAutomatic(new Identity(5, "nobody", Set.of(), null, TOWN, null, null), "x"));
    }

    @Test
    public void handlersAndThePublicReadNoDuties() {
        assertThrows(AccessDeniedException.class, () -> DutyPolicy.checkReader(Who.handler(9, COUNTY), "list"));
        assertThrows(NotAuthenticatedException.class, () -> DutyPolicy.checkReader(Identity.PUBLIC, "list"));
        assertThrows(NotAuthenticatedException.class, () -> DutyPolicy.checkEnterer(Identity.PUBLIC, "enter"));
        assertFalse(DutyPolicy.canSee(Identity.PUBLIC, TOWN, 7));
    }
}

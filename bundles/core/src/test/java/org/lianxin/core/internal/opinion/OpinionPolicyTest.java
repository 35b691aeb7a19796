package org.lianxin.core.internal.opinion;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.lianxin.core.internal.util.Who.CITY;
import static org.lianxin.core.internal.util.Who.COUNTY;
import static org.lianxin.core.internal.util.Who.SIBLING;
import static org.lianxin.core.internal.util.Who.TOWN;

import java.util.List;

import org.junit.Test;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class OpinionPolicyTest {

    @Test
    public void officeRolesAndGroupLeadersReadTheirRegionAndBelow() {
        for (Identity me : List.of(Who.user(Role.STAFF, COUNTY), Who.user(Role.LEADER, COUNTY),
                Who.user(Role.ADMIN, COUNTY), Who.groupLeader(7, COUNTY))) {
            assertTrue(me.username(), OpinionPolicy.canSee(me, COUNTY, null));
            assertTrue(me.username(), OpinionPolicy.canSee(me, TOWN, 8L));
            assertFalse(me.username(), OpinionPolicy.canSee(me, SIBLING, null));
            assertFalse(me.username(), OpinionPolicy.canSee(me, CITY, null));
        }
        assertTrue(OpinionPolicy.canSee(Who.nationalAdmin(), SIBLING, null));
        assertTrue(OpinionPolicy.canSee(Identity.SYSTEM, SIBLING, null));
    }

    @Test
    public void aDeputyReadsThoseAddressedToThemOnly() {
        Identity deputy = Who.deputy(7, TOWN);
        assertTrue(OpinionPolicy.canSee(deputy, SIBLING, 7L));
        assertFalse(OpinionPolicy.canSee(deputy, TOWN, 8L));
        assertFalse(OpinionPolicy.canSee(deputy, TOWN, null));
        assertFalse(OpinionPolicy.readsByRegion(deputy));
        assertTrue(OpinionPolicy.canSee(Who.groupLeader(7, TOWN), SIBLING, 7L));
    }

    @Test
    public void handlersAndThePublicReadNone() {
        assertThrows(AccessDeniedException.class, () -> OpinionPolicy.checkReader(Who.handler(9, COUNTY), "list"));
        assertThrows(AccessDeniedException.class,
                () -> OpinionPolicy.checkReader(Who.user(Role.PROCURATORATE, COUNTY), "list"));
        assertThrows(NotAuthenticatedException.class, () -> OpinionPolicy.checkReader(Identity.PUBLIC, "list"));
        assertFalse(OpinionPolicy.canSee(Identity.PUBLIC, TOWN, null));
        OpinionPolicy.checkReader(Who.deputy(7, TOWN), "list");
    }

    @Test
    public void staffOfTheRegionOrTheDeputyAddressedHandleAnOpinion() {
        OpinionPolicy.checkHandle(Who.user(Role.STAFF, COUNTY), TOWN, null, "dismiss");
        OpinionPolicy.checkHandle(Who.user(Role.ADMIN, COUNTY), COUNTY, 8L, "dismiss");
        OpinionPolicy.checkHandle(Who.deputy(7, TOWN), SIBLING, 7L, "promote");
        OpinionPolicy.checkHandle(Identity.SYSTEM, SIBLING, null, "promote");
        assertThrows(AccessDeniedException.class,
                () -> OpinionPolicy.checkHandle(Who.user(Role.STAFF, COUNTY), SIBLING, null, "dismiss"));
        assertThrows(AccessDeniedException.class,
                () -> OpinionPolicy.checkHandle(Who.user(Role.STAFF, TOWN), COUNTY, null, "dismiss"));
        assertThrows(AccessDeniedException.class,
                () -> OpinionPolicy.checkHandle(Who.user(Role.LEADER, COUNTY), TOWN, null, "dismiss"));
        assertThrows(AccessDeniedException.class,
                () -> OpinionPolicy.checkHandle(Who.groupLeader(7, COUNTY), TOWN, 8L, "dismiss"));
        assertThrows(AccessDeniedException.class, () -> OpinionPolicy.checkHandle(Who.deputy(7, TOWN), TOWN, 8L,
                "dismiss"));
        assertThrows(NotAuthenticatedException.class,
                () -> OpinionPolicy.checkHandle(Identity.PUBLIC, TOWN, null, "dismiss"));
    }
}

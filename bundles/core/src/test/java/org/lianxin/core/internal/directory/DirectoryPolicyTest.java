package org.lianxin.core.internal.directory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
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
import org.lianxin.api.dto.Deputy;
import org.lianxin.api.dto.DeputyStatus;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class DirectoryPolicyTest {
    private static final Identity COUNTY_STAFF = Who.user(Role.STAFF, COUNTY);
    private static final Identity COUNTY_ADMIN = Who.user(Role.ADMIN, COUNTY);
    private static final Identity COUNTY_LEADER = Who.user(Role.LEADER, COUNTY);

    @Test
    public void signedInUsersReadTheirRegionAndBelow() {
        for (Identity me : List.of(COUNTY_STAFF, COUNTY_LEADER, Who.deputy(7, COUNTY), Who.handler(9, COUNTY))) {
            assertTrue(me.username(), DirectoryPolicy.canSeeGroup(me, COUNTY));
            assertTrue(me.username(), DirectoryPolicy.canSeeGroup(me, TOWN));
            assertFalse(me.username() + " sibling", DirectoryPolicy.canSeeGroup(me, SIBLING));
            assertFalse(me.username() + " parent", DirectoryPolicy.canSeeGroup(me, CITY));
            assertFalse(me.username(), DirectoryPolicy.canSeeUnit(me, 99, SIBLING));
            assertFalse(me.username(), DirectoryPolicy.canSeeDeputy(me, 99, SIBLING));
        }
    }

    @Test
    public void aNationalAdministratorAndTheSystemReadEverything() {
        for (Identity me : List.of(Who.nationalAdmin(), Identity.SYSTEM)) {
            assertTrue(DirectoryPolicy.canSeeGroup(me, SIBLING));
            assertTrue(DirectoryPolicy.canSeeDeputy(me, 99, CITY));
            assertTrue(DirectoryPolicy.readScope(me).everything());
            DirectoryPolicy.checkWrite(me, SIBLING, "change");
            DirectoryPolicy.checkRegionWrite(me, null, "create a root region");
        }
    }

    @Test
    public void aDeputyReadsTheirOwnRecordAnywhereAndAHandlerTheirUnit() {
        Identity deputy = Who.deputy(7, TOWN);
        assertTrue(DirectoryPolicy.canSeeDeputy(deputy, 7, COUNTY));
        assertFalse(DirectoryPolicy.canSeeDeputy(deputy, 8, COUNTY));
        assertTrue(DirectoryPolicy.deputyScope(deputy).admits(COUNTY, 7L, null));
        assertTrue(DirectoryPolicy.canSeeDeputy(Who.groupLeader(7, TOWN), 7, SIBLING));
        Identity handler = Who.handler(9, TOWN);
        assertTrue(DirectoryPolicy.canSeeUnit(handler, 9, COUNTY));
        assertFalse(DirectoryPolicy.canSeeUnit(handler, 10, COUNTY));
        assertTrue(DirectoryPolicy.unitScope(handler).admits(CITY, null, 9L));
        // a staff member's unit id, if any, is not theirs to read
        assertFalse(DirectoryPolicy.canSeeUnit(new Identity(5, "s", java.util.Set.of(Role.STAFF), 5L, TOWN, 9L, null),
                9, COUNTY));
    }

    @Test
    public void thePublicGetsADeputyOrAStationButNoListGroupOrUnit() {
        Identity pub = Identity.PUBLIC;
        assertTrue(DirectoryPolicy.canSeeDeputy(pub, 7, COUNTY));
        assertTrue(DirectoryPolicy.canSeeStation(pub, COUNTY));
        assertFalse(DirectoryPolicy.canSeeGroup(pub, COUNTY));
        assertFalse(DirectoryPolicy.canSeeUnit(pub, 9, COUNTY));
        assertTrue(DirectoryPolicy.readScope(pub).isEmpty());
        assertThrows(NotAuthenticatedException.class, () -> DirectoryPolicy.checkSignedIn(pub, "list deputies"));
        DirectoryPolicy.checkSignedIn(Who.handler(9, COUNTY), "list deputies");
    }

    @Test
    public void thePhoneIsForStaffOfTheRegionAndTheDeputyOnly() {
        Deputy d = deputy(7, "13800000000");
        assertEquals("13800000000", DirectoryPolicy.forCaller(COUNTY_STAFF, d, TOWN).phone());
        assertEquals("13800000000", DirectoryPolicy.forCaller(COUNTY_ADMIN, d, TOWN).phone());
        assertEquals("13800000000", DirectoryPolicy.forCaller(Who.deputy(7, TOWN), d, TOWN).phone());
        assertEquals("13800000000", DirectoryPolicy.forCaller(Identity.SYSTEM, d, TOWN).phone());
        assertNull(DirectoryPolicy.forCaller(Identity.PUBLIC, d, TOWN).phone());
        assertNull(DirectoryPolicy.forCaller(COUNTY_LEADER, d, TOWN).phone());
        assertNull(DirectoryPolicy.forCaller(Who.deputy(8, TOWN), d, TOWN).phone());
        assertNull(DirectoryPolicy.forCaller(Who.user(Role.STAFF, SIBLING), d, TOWN).phone());
        assertNull(DirectoryPolicy.forCaller(Who.user(Role.STAFF, TOWN), d, COUNTY).phone());
        Deputy blank = DirectoryPolicy.forCaller(Identity.PUBLIC, d, TOWN);
        assertEquals(d.name(), blank.name());
        assertEquals(d.seats(), blank.seats());
    }

    @Test
    public void administratorsAndStaffChangeTheirRegionAndBelow() {
        DirectoryPolicy.checkWrite(COUNTY_STAFF, COUNTY, "change");
        DirectoryPolicy.checkWrite(COUNTY_ADMIN, TOWN, "change");
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkWrite(COUNTY_STAFF, SIBLING, "change"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkWrite(COUNTY_STAFF, CITY, "change"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkWrite(COUNTY_LEADER, TOWN, "change"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkWriter(Who.deputy(7, TOWN), "change"));
        assertThrows(NotAuthenticatedException.class, () -> DirectoryPolicy.checkWriter(Identity.PUBLIC, "change"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> DirectoryPolicy.checkWrite(COUNTY_LEADER, TOWN, "change deputy 7"));
        assertTrue(e.getMessage(), e.getMessage().contains("change deputy 7") && e.getMessage().contains("staff"));
    }

    @Test
    public void regionsAreChangedByAdministratorsAboveThem() {
        DirectoryPolicy.checkRegionWrite(COUNTY_ADMIN, COUNTY, "create a township");
        DirectoryPolicy.checkRegionWrite(COUNTY_ADMIN, TOWN, "change a township");
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkRegionWrite(COUNTY_ADMIN, SIBLING, "x"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkRegionWrite(COUNTY_ADMIN, CITY, "x"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkRegionWrite(COUNTY_ADMIN, null, "x"));
        assertThrows(AccessDeniedException.class, () -> DirectoryPolicy.checkRegionWrite(COUNTY_STAFF, TOWN, "x"));
        assertThrows(NotAuthenticatedException.class,
                () -> DirectoryPolicy.checkRegionWrite(Identity.PUBLIC, TOWN, "x"));
    }

    private static Deputy deputy(long id, String phone) {
        return new Deputy(id, "张三", "男", 5, null, null, "2021-2026", DeputyStatus.ACTIVE, phone, null, true,
                List.of(), List.of());
    }
}

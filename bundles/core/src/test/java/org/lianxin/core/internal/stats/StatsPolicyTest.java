package org.lianxin.core.internal.stats;

import static org.junit.Assert.assertThrows;
import static org.lianxin.core.internal.util.Who.CITY;
import static org.lianxin.core.internal.util.Who.COUNTY;
import static org.lianxin.core.internal.util.Who.SIBLING;
import static org.lianxin.core.internal.util.Who.TOWN;

import org.junit.Test;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class StatsPolicyTest {

    @Test
    public void readersSeeTheirRegionAndBelowOnly() {
        for (Identity me : new Identity[] { Who.user(Role.STAFF, COUNTY), Who.user(Role.LEADER, COUNTY),
            Who.groupLeader(7, COUNTY), Who.handler(9, COUNTY), Who.user(Role.PROCURATORATE, COUNTY) }) {
            StatsPolicy.check(me, COUNTY, "read");
            StatsPolicy.check(me, TOWN, "read");
            assertThrows(AccessDeniedException.class, () -> StatsPolicy.check(me, SIBLING, "read"));
            assertThrows(AccessDeniedException.class, () -> StatsPolicy.check(me, CITY, "read"));
        }
        StatsPolicy.check(Who.nationalAdmin(), SIBLING, "read");
        StatsPolicy.check(Identity.SYSTEM, CITY, "read");
    }

    @Test
    public void deputiesAndThePublicReadNoStatistics() {
        assertThrows(AccessDeniedException.class, () -> StatsPolicy.check(Who.deputy(7, TOWN), TOWN, "read"));
        assertThrows(NotAuthenticatedException.class, () -> StatsPolicy.check(Identity.PUBLIC, TOWN, "read"));
    }
}

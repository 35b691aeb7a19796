package org.lianxin.core.internal.stats;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Refusals;

/**
 * Who may read statistics (DOMAIN.md §6): administrators, staff, congress leaders and deputy group leaders, and, read
 * only, handlers and the procuratorate, each for their own region and the regions below it. A deputy sees their
 * score, not the region's figures; the public needs a login. The figures' definitions are open to everyone.
 */
final class StatsPolicy {
    static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER, Role.HANDLER,
            Role.PROCURATORATE);

    private StatsPolicy() {
    }

    /** Statistics of the region with this path (and below it). */
    static void check(Identity me, String path, String what) {
        if (me.isSystem() || me.hasAny(READERS) && me.covers(path)) {
            return;
        }
        throw Refusals.refuse(me, what, "office staff, leaders, group leaders, handlers and the procuratorate of the"
                + " region or a region above it");
    }
}

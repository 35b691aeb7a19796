package org.lianxin.core.internal.opinion;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.ReadScope;
import org.lianxin.core.internal.util.Refusals;

/**
 * Who may do what with the public's opinions (社情民意, DOMAIN.md §2).
 * <ul>
 * <li>Anyone records one, without a login too: the QR intake page and the stations' forms; and anyone follows their
 * own opinion by its receipt number, which is unguessable.</li>
 * <li>Administrators, staff, congress leaders and deputy group leaders read the opinions of their region and below;
 * a deputy (or group leader) those addressed to them. An opinion the caller may not read is "not found".</li>
 * <li>Administrators and staff of its region, or the deputy it is addressed to, promote it into a suggestion or
 * dismiss it.</li>
 * </ul>
 */
final class OpinionPolicy {
    static final Set<Role> READ_SCOPE = ReadScope.BY_REGION;
    static final Set<Role> HANDLERS = EnumSet.of(Role.ADMIN, Role.STAFF);

    private OpinionPolicy() {
    }

    /** The deputy record opinions may be addressed to the caller by, if they are a deputy or group leader. */
    static Long addressee(Identity me) {
        return ReadScope.ownDeputy(me);
    }

    /** Whether the caller reads opinions by region (their subtree), not only those addressed to them. */
    static boolean readsByRegion(Identity me) {
        return ReadScope.readsByRegion(me);
    }

    static ReadScope readScope(Identity me) {
        return ReadScope.deputyWork(me);
    }

    /** 401 for the public, 403 for roles that read no opinions at all (handlers, the procuratorate). */
    static void checkReader(Identity me, String what) {
        if (readScope(me).isEmpty()) {
            throw Refusals.refuse(me, what, "office staff, leaders and group leaders of its region, or the deputy it"
                    + " is addressed to");
        }
    }

    static boolean canSee(Identity me, String path, Long deputyId) {
        return readScope(me).admits(path, deputyId, null);
    }

    /** Promotion and dismissal of an opinion of the region with this path, addressed to this deputy (or none). */
    static void checkHandle(Identity me, String path, Long deputyId, String what) {
        if (me.isSystem() || me.hasAny(HANDLERS) && me.covers(path)) {
            return;
        }
        Long mine = addressee(me);
        if (mine != null && mine.equals(deputyId)) {
            return;
        }
        throw Refusals.refuse(me, what, "administrators and liaison staff of its region, or the deputy it is"
                + " addressed to");
    }
}

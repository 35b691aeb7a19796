package org.lianxin.core.internal.score;

import java.util.Set;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.ReadScope;
import org.lianxin.core.internal.util.Refusals;

/**
 * Who may see scores (履职积分, DOMAIN.md §5).
 * <ul>
 * <li>Administrators, staff, congress leaders and deputy group leaders: every score, ranking and scoring table of
 * their region and below.</li>
 * <li>A deputy (or group leader): their own score, and the ranking of their own region or their own group, since the
 * deputy portal shows "my ranking" and rankings are published anyway (积分上墙); the scoring table of their region.</li>
 * <li>Handlers and the procuratorate see no scores; the public needs a login. A deputy outside the caller's region
 * is "not found" to them.</li>
 * </ul>
 */
final class ScorePolicy {
    static final Set<Role> READ_SCOPE = ReadScope.BY_REGION;
    static final String WHO = "office staff, leaders and group leaders of the region, or the deputy themself";

    private ScorePolicy() {
    }

    /** The caller's own deputy record, if they are a deputy or group leader. */
    static Long own(Identity me) {
        return ReadScope.ownDeputy(me);
    }

    /** A deputy's score; the deputy's region has this path. */
    static void checkScore(Identity me, long deputyId, String path) {
        Long mine = own(me);
        if (me.isSystem() || me.hasAny(READ_SCOPE) && me.covers(path) || mine != null && mine == deputyId) {
            return;
        }
        if (me.isPublic() || me.covers(path) && !me.roles().isEmpty()) {
            throw Refusals.refuse(me, "see the score of deputy " + deputyId, WHO);
        }
        throw new NotFoundException("deputy", deputyId);
    }

    /**
     * A ranking of the region or group with this path; {@code own} when it is the ranking of the caller's own
     * deputy's region or group.
     */
    static void checkRanking(Identity me, String path, boolean own, String what) {
        if (me.isSystem() || me.hasAny(READ_SCOPE) && me.covers(path) || own && own(me) != null) {
            return;
        }
        throw Refusals.refuse(me, what, "office staff, leaders and group leaders of the region; a deputy the"
                + " ranking of their own region or group");
    }

    /** The scoring table that applies to the region with this path. */
    static void checkTable(Identity me, String path, String what) {
        if (me.isSystem() || (me.hasAny(READ_SCOPE) || own(me) != null) && me.covers(path)) {
            return;
        }
        throw Refusals.refuse(me, what, "office staff, leaders, group leaders and deputies of the region");
    }
}

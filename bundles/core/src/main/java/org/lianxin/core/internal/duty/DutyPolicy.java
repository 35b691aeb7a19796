package org.lianxin.core.internal.duty;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.ReadScope;
import org.lianxin.core.internal.util.Refusals;

/**
 * Who may do what with duty records, their corrections (错重漏) and reports to voters (述职), DOMAIN.md §2 and §4.
 * <ul>
 * <li><b>Read</b>: administrators, staff, congress leaders and deputy group leaders, within their region and below; a
 * deputy (or group leader) their own. A record the caller may not read is "not found"; lists are narrowed.</li>
 * <li><b>Enter</b> (a record for review, a correction request, scheduling, holding or cancelling a report): the deputy
 * for themself, or administrators and liaison staff for the deputies of their region.</li>
 * <li><b>Review</b> (approve or reject a record, accept or reject a correction, add voters' ratings): deputy group
 * leaders, liaison staff and administrators of the deputy's region.</li>
 * <li><b>Verified records</b> ({@code recordVerified}) are written by another service on its caller's behalf: a
 * practice when a deputy votes, a studio answers a consultation, a proxy visits a petitioner. Any signed-in caller
 * may trigger them; the public and nobody may not.</li>
 * </ul>
 */
final class DutyPolicy {
    static final Set<Role> READ_SCOPE = ReadScope.BY_REGION;
    static final Set<Role> ENTER = EnumSet.of(Role.ADMIN, Role.STAFF);
    static final Set<Role> REVIEW = EnumSet.of(Role.ADMIN, Role.STAFF, Role.GROUP_LEADER);
    static final String ENTER_WHO = "the deputy themself, or administrators and liaison staff of the deputy's region";
    static final String REVIEW_WHO = "deputy group leaders, liaison staff and administrators of the deputy's region";

    private DutyPolicy() {
    }

    static Long own(Identity me) {
        return ReadScope.ownDeputy(me);
    }

    static boolean readsByRegion(Identity me) {
        return ReadScope.readsByRegion(me);
    }

    static ReadScope readScope(Identity me) {
        return ReadScope.deputyWork(me);
    }

    /** 401 for the public, 403 for roles that read no duty records (handlers, the procuratorate). */
    static void checkReader(Identity me, String what) {
        if (readScope(me).isEmpty()) {
            throw Refusals.refuse(me, what, "office staff, leaders and group leaders of the deputy's region, or the"
                    + " deputy themself");
        }
    }

    /** Lists by region only (who is due to report): office roles and group leaders. */
    static void checkRegionReader(Identity me, String what) {
        if (!readsByRegion(me)) {
            throw Refusals.refuse(me, what, "office staff, leaders and group leaders of the region");
        }
    }

    /** Whether a row of a deputy of the region with this path may be read. */
    static boolean canSee(Identity me, String path, long deputyId) {
        return readScope(me).admits(path, deputyId, null);
    }

    /** Before anything is looked up: may the caller enter anything at all? */
    static void checkEnterer(Identity me, String what) {
        if (!me.isSystem() && !me.hasAny(ENTER) && own(me) == null) {
            throw Refusals.refuse(me, what, ENTER_WHO);
        }
    }

    /** Entering for this deputy, of the region with this path. */
    static void checkEnter(Identity me, long deputyId, String path, String what) {
        Long mine = own(me);
        if (me.isSystem() || me.hasAny(ENTER) && me.covers(path) || mine != null && mine == deputyId) {
            return;
        }
        throw Refusals.refuse(me, what, ENTER_WHO);
    }

    /** Reviewing a row of a deputy of the region with this path. */
    static void checkReview(Identity me, String path, String what) {
        if (me.isSystem() || me.hasAny(REVIEW) && me.covers(path)) {
            return;
        }
        throw Refusals.refuse(me, what, REVIEW_WHO);
    }

    /** A verified record another service writes for its caller: any signed-in caller. */
    static void checkAutomatic(Identity me, String what) {
        if (me.isSystem() || !me.isPublic() && !me.roles().isEmpty()) {
            return;
        }
        throw Refusals.refuse(me, what, "signed-in users, through the service that verified it");
    }
}

package org.lianxin.core.internal.directory;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.dto.Deputy;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.ReadScope;
import org.lianxin.core.internal.util.Refusals;

/**
 * Who may read and change the directory (DOMAIN.md §2; data is scoped by region).
 * <ul>
 * <li><b>Regions</b>: the tree is public, read by anyone, even without a caller (the clock and the practices look
 * regions up from their own threads); created, changed and deleted by an administrator whose scope covers the new
 * region's parent or the region itself (a root region: a national administrator only).</li>
 * <li><b>Deputies, groups, stations, handling units</b>: read by any signed-in role within its region's subtree; a
 * list without a region is narrowed to that subtree; a row outside it is "not found". A deputy or group leader may
 * always read their own deputy record, a handler their own unit. Without a login only a station or a deputy may be
 * read one at a time (the QR intake page shows whose code it is); lists need a login.</li>
 * <li>A deputy's <b>phone</b> is shown only to administrators and staff of the deputy's region and to the deputy;
 * everyone else gets it blank.</li>
 * <li><b>Changes</b>: administrators and staff, for rows of their region and below, before and after the change.</li>
 * </ul>
 */
final class DirectoryPolicy {
    static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.STAFF);
    static final String WRITERS_WHO = "administrators and liaison staff of its region or a region above it";

    private DirectoryPolicy() {
    }

    /** What a signed-in caller reads of the directory; the anonymous public reads no list. */
    static ReadScope readScope(Identity me) {
        if (me.isSystem()) {
            return ReadScope.ALL;
        }
        if (me.isPublic() || me.roles().isEmpty()) {
            return ReadScope.NONE;
        }
        return ReadScope.subtreeOf(me.regionPath());
    }

    /** A deputy record: in scope, the caller's own, or the public view of it. */
    static boolean canSeeDeputy(Identity me, long deputyId, String path) {
        return me.isPublic() || readScope(me).admitsPath(path) || ownDeputy(me, deputyId);
    }

    /** A station: in scope, or the public view of it (the intake page). */
    static boolean canSeeStation(Identity me, String path) {
        return me.isPublic() || readScope(me).admitsPath(path);
    }

    /** A handling unit: in scope, or the handler's own. */
    static boolean canSeeUnit(Identity me, long unitId, String path) {
        return readScope(me).admitsPath(path) || me.has(Role.HANDLER) && me.unitId() != null
                && me.unitId() == unitId;
    }

    /** A deputy group: in scope. */
    static boolean canSeeGroup(Identity me, String path) {
        return readScope(me).admitsPath(path);
    }

    /** The deputy's own record (a deputy or group leader linked to it). */
    static boolean ownDeputy(Identity me, long deputyId) {
        return (me.has(Role.DEPUTY) || me.has(Role.GROUP_LEADER)) && me.deputyId() != null
                && me.deputyId() == deputyId;
    }

    /** Whether the caller sees the deputy's phone: administrators and staff of its region, and the deputy. */
    static boolean seesPhone(Identity me, long deputyId, String path) {
        return me.isSystem() || me.hasAny(WRITERS) && me.covers(path) || ownDeputy(me, deputyId);
    }

    /** The deputy as this caller may see them: the phone blank unless {@link #seesPhone}. */
    static Deputy forCaller(Identity me, Deputy d, String path) {
        if (d.phone() == null || seesPhone(me, d.id(), path)) {
            return d;
        }
        return new Deputy(d.id(), d.name(), d.gender(), d.regionId(), d.groupId(), d.specialty(), d.term(),
                d.status(), null, d.constituency(), d.directlyElected(), d.seats(), d.stationIds());
    }

    /** 401 for the anonymous public: directory lists, groups and units need a login. */
    static void checkSignedIn(Identity me, String what) {
        if (readScope(me).isEmpty()) {
            throw Refusals.refuse(me, what, "signed-in users, within their region");
        }
    }

    /** Before anything is looked up: only administrators and staff change the directory. */
    static void checkWriter(Identity me, String what) {
        if (!me.isSystem() && !me.hasAny(WRITERS)) {
            throw Refusals.refuse(me, what, WRITERS_WHO);
        }
    }

    /** The deputies a caller lists: their scope, and their own record. */
    static ReadScope deputyScope(Identity me) {
        ReadScope scope = readScope(me);
        return scope.isEmpty() ? scope
                : scope.orDeputy(me.has(Role.DEPUTY) || me.has(Role.GROUP_LEADER) ? me.deputyId() : null);
    }

    /** The units a caller lists: their scope, and a handler's own unit. */
    static ReadScope unitScope(Identity me) {
        ReadScope scope = readScope(me);
        return scope.isEmpty() ? scope : scope.orUnit(me.has(Role.HANDLER) ? me.unitId() : null);
    }

    /** A change of a deputy, group, station or unit of the region with this path. */
    static void checkWrite(Identity me, String path, String what) {
        if (me.isSystem() || me.hasAny(WRITERS) && me.covers(path)) {
            return;
        }
        throw Refusals.refuse(me, what, WRITERS_WHO);
    }

    /**
     * A change of the region tree: {@code path} is the new region's parent's (null for a new root) or the region's
     * own.
     */
    static void checkRegionWrite(Identity me, String path, String what) {
        if (me.isSystem() || me.has(Role.ADMIN) && me.covers(path)) {
            return;
        }
        throw Refusals.refuse(me, what, path == null ? "a national administrator"
                : "administrators of the region or a region above it");
    }
}

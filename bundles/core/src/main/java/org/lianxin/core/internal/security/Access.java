package org.lianxin.core.internal.security;

import java.util.EnumSet;
import java.util.Set;

import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.tx.Tx;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The checks every core service makes before it reads or writes: who calls ({@link Callers}), whether one of their
 * roles may do this, and whether the row's region is theirs or below it. A call with no caller is refused, so work
 * that forgot to say whom it acts for (a plugin's thread, a console without a login) cannot pass.
 */
@Component(service = Access.class)
public class Access {
    /** Everyone who works inside the congress's office and may see the ledger of their scope. */
    public static final Set<Role> OFFICE = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER);
    public static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    public static final Set<Role> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Role.PUBLIC));

    private final Tx tx;

    @Activate
    public Access(@Reference Tx tx) {
        this.tx = tx;
    }

    /** The caller; 401 when there is none. */
    public Identity caller() {
        return Callers.current().orElseThrow(() -> new NotAuthenticatedException(
                "this needs a login: no user is bound to the call"));
    }

    /** The caller, who must hold one of {@code roles}; {@code what} words the refusal. */
    public Identity require(Set<Role> roles, String what) {
        Identity me = caller();
        if (me.isSystem() || me.hasAny(roles)) {
            return me;
        }
        if (me.isPublic()) {
            throw new NotAuthenticatedException(what + " needs a login");
        }
        throw new AccessDeniedException(me.username() + " " + me.roles() + " may not " + what + "; this needs one of "
                + roles);
    }

    /** As {@link #require}, and the region must be the caller's or below it. */
    public Identity requireIn(Set<Role> roles, long regionId, String what) {
        Identity me = require(roles, what);
        requireScope(me, regionId, what);
        return me;
    }

    public void requireScope(Identity me, long regionId, String what) {
        if (!me.isSystem() && !me.covers(path(regionId))) {
            throw outOfScope(me, what);
        }
    }

    public boolean covers(Identity me, String path) {
        return me.isSystem() || me.covers(path);
    }

    public static AccessDeniedException outOfScope(Identity me, String what) {
        return new AccessDeniedException(me.username() + " may not " + what + " outside their own region"
                + " and the regions below it");
    }

    /**
     * The region a list looks in: the one asked for (which must be within the caller's scope), else the caller's
     * own (null: everywhere, for callers without a region).
     */
    public Long listRegion(Identity me, Long requested, String what) {
        if (requested != null) {
            requireScope(me, requested, what);
            return requested;
        }
        return me.isSystem() ? null : me.regionId();
    }

    /** The region's path, e.g. {@code /1/3/}. */
    public String path(long regionId) {
        return tx.read(em -> {
            RegionEntity r = em.find(RegionEntity.class, regionId);
            if (r == null) {
                throw new NotFoundException("region", regionId);
            }
            return r.path;
        });
    }
}

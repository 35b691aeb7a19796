package org.lianxin.core.internal.suggestion;

import static org.lianxin.api.dto.LifecycleAction.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.util.Jpql;

/**
 * Who may see a suggestion and who may take each lifecycle action on it (DOMAIN.md §2-3). Office roles act within
 * their region's subtree (where the item was raised or is handled); a deputy sees and acts on the items they
 * proposed; a handler on the items their unit leads or co-handles; a group leader reviews the items of their scope;
 * the escalation job's actions are the system's alone. A suggestion the caller may not see is "not found" to them.
 */
final class SuggestionPolicy {
    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.STAFF);
    private static final Set<Role> READ_SCOPE = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER,
            Role.PROCURATORATE);
    private static final Map<LifecycleAction, Set<Role>> ACTORS = new EnumMap<>(LifecycleAction.class);

    static {
        for (LifecycleAction a : List.of(PRE_CHECK, FORMALIZE, ROUTE, PRE_ASSIGN, ASSIGN, MERGE, DECIDE_EXTENSION, CLOSE,
                MARK_SOLVED, SECONDARY_EVALUATE)) {
            ACTORS.put(a, STAFF);
        }
        ACTORS.put(PRE_SUBMIT, EnumSet.of(Role.ADMIN, Role.STAFF, Role.DEPUTY, Role.GROUP_LEADER));
        ACTORS.put(REGISTER, EnumSet.of(Role.ADMIN, Role.STAFF, Role.DEPUTY, Role.GROUP_LEADER));
        ACTORS.put(GROUP_PASS, EnumSet.of(Role.ADMIN, Role.STAFF, Role.GROUP_LEADER));
        ACTORS.put(GROUP_RETURN, EnumSet.of(Role.ADMIN, Role.STAFF, Role.GROUP_LEADER));
        ACTORS.put(RESUBMIT, EnumSet.of(Role.ADMIN, Role.STAFF, Role.DEPUTY, Role.GROUP_LEADER));
        ACTORS.put(EVALUATE, EnumSet.of(Role.ADMIN, Role.STAFF, Role.DEPUTY, Role.GROUP_LEADER));
        ACTORS.put(SUPERVISE, EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER));
        for (LifecycleAction a : List.of(ACCEPT, UNIT_RETURN, LOG_CONTACT, REQUEST_EXTENSION, REPLY, EXPLAIN)) {
            ACTORS.put(a, EnumSet.of(Role.ADMIN, Role.STAFF, Role.HANDLER));
        }
        ACTORS.put(ESCALATE_OVERDUE, EnumSet.noneOf(Role.class));
        ACTORS.put(REMIND_OVERDUE, EnumSet.noneOf(Role.class));
    }

    private SuggestionPolicy() {
    }

    /** The suggestion, if the caller may see it; else 404, as if it did not exist. */
    static SuggestionEntity visible(EntityManager em, Identity me, long id) {
        if (me.isPublic()) {
            throw new NotAuthenticatedException("the ledger needs a login");
        }
        SuggestionEntity s = SuggestionServiceImpl.find(em, id);
        if (!canSee(em, me, s)) {
            throw new NotFoundException("suggestion", id);
        }
        return s;
    }

    static boolean canSee(EntityManager em, Identity me, SuggestionEntity s) {
        if (me.isSystem()) {
            return true;
        }
        if (me.hasAny(READ_SCOPE) && inScope(me, s)) {
            return true;
        }
        if (me.deputyId() != null && proposedBy(em, s.id, me.deputyId())) {
            return true;
        }
        return me.has(Role.HANDLER) && me.unitId() != null && handledBy(em, s, me.unitId(), true);
    }

    /** May the caller take {@code action} on this (visible) suggestion? 403 naming what is missing. */
    static void checkAction(EntityManager em, Identity me, LifecycleAction action, SuggestionEntity s) {
        if (me.isSystem()) {
            return;
        }
        Set<Role> allowed = ACTORS.getOrDefault(action, EnumSet.noneOf(Role.class));
        if (me.hasAny(EnumSet.of(Role.ADMIN, Role.STAFF)) && allowed.contains(Role.STAFF) && inScope(me, s)) {
            return;
        }
        if (me.has(Role.LEADER) && allowed.contains(Role.LEADER) && inScope(me, s)) {
            return;
        }
        if (me.has(Role.GROUP_LEADER) && allowed.contains(Role.GROUP_LEADER)
                && (action == GROUP_PASS || action == GROUP_RETURN ? inScope(me, s)
                        : proposedBy(em, s.id, me.deputyId()))) {
            return;
        }
        if (me.has(Role.DEPUTY) && allowed.contains(Role.DEPUTY) && proposedBy(em, s.id, me.deputyId())) {
            return;
        }
        if (me.has(Role.HANDLER) && allowed.contains(Role.HANDLER) && me.unitId() != null
                && handledBy(em, s, me.unitId(), action == LOG_CONTACT)) {
            return;
        }
        if (me.isPublic()) {
            throw new NotAuthenticatedException(action + " needs a login");
        }
        throw new AccessDeniedException(me.username() + " " + me.roles() + " may not " + action + " suggestion " + s.id
                + ": " + who(action));
    }

    /** Whether {@link #checkAction} would let the caller take the action. */
    static boolean may(EntityManager em, Identity me, LifecycleAction action, SuggestionEntity s) {
        try {
            checkAction(em, me, action, s);
            return true;
        } catch (AccessDeniedException | NotAuthenticatedException refused) {
            return false;
        }
    }

    /** A deputy raising an item raises it as one of its proposers; office staff within their scope. */
    static void checkCreate(Identity me, LifecycleAction action, String regionPath, List<Long> deputyIds) {
        if (me.isSystem()) {
            return;
        }
        if (me.hasAny(STAFF) && me.covers(regionPath)) {
            return;
        }
        if ((me.has(Role.DEPUTY) || me.has(Role.GROUP_LEADER)) && me.deputyId() != null && deputyIds != null
                && deputyIds.contains(me.deputyId())) {
            return;
        }
        if (me.isPublic()) {
            throw new NotAuthenticatedException(action + " needs a login");
        }
        throw new AccessDeniedException(me.username() + " " + me.roles() + " may not " + action + " here: "
                + "office staff within their region, or a deputy among the item's proposers");
    }

    /** Whether the caller reads the ledger by region (office roles), rather than by their own items. */
    static boolean readsByRegion(Identity me) {
        return !me.isSystem() && me.hasAny(READ_SCOPE);
    }

    /** Narrows a ledger query to what the caller may see. */
    static void restrict(Jpql<SuggestionEntity> j, Identity me) {
        if (me.isSystem()) {
            return;
        }
        if (me.hasAny(READ_SCOPE)) {
            if (me.regionPath() != null) {
                j.where("(s.regionPath LIKE :lxScope OR s.handlingRegionPath LIKE :lxScope)", "lxScope",
                        me.regionPath() + "%");
            }
            return;
        }
        if (me.deputyId() != null) {
            j.where("EXISTS (SELECT l FROM SuggestionDeputyLink l WHERE l.suggestionId = s.id AND l.deputyId ="
                    + " :lxMine)", "lxMine", me.deputyId());
            return;
        }
        if (me.has(Role.HANDLER) && me.unitId() != null) {
            j.where("(s.leadUnitId = :lxUnit OR EXISTS (SELECT l FROM SuggestionUnitLink l WHERE l.suggestionId ="
                    + " s.id AND l.unitId = :lxUnit))", "lxUnit", me.unitId());
            return;
        }
        if (me.isPublic()) {
            throw new NotAuthenticatedException("the ledger needs a login");
        }
        throw new AccessDeniedException(me.username() + " " + me.roles() + " may not read the ledger");
    }

    private static boolean inScope(Identity me, SuggestionEntity s) {
        return me.covers(s.regionPath) || me.covers(s.handlingRegionPath);
    }

    private static boolean proposedBy(EntityManager em, long suggestionId, Long deputyId) {
        return deputyId != null && !em.createQuery("SELECT l.deputyId FROM SuggestionDeputyLink l WHERE"
                + " l.suggestionId = :s AND l.deputyId = :d", Long.class).setParameter("s", suggestionId)
                .setParameter("d", deputyId).getResultList().isEmpty();
    }

    private static boolean handledBy(EntityManager em, SuggestionEntity s, long unitId, boolean coUnitToo) {
        if (s.leadUnitId != null && s.leadUnitId == unitId) {
            return true;
        }
        return coUnitToo && !em.createQuery("SELECT l.unitId FROM SuggestionUnitLink l WHERE l.suggestionId = :s AND"
                + " l.unitId = :u", Long.class).setParameter("s", s.id).setParameter("u", unitId).getResultList()
                .isEmpty();
    }

    private static String who(LifecycleAction action) {
        Set<Role> roles = ACTORS.getOrDefault(action, EnumSet.noneOf(Role.class));
        if (roles.isEmpty()) {
            return "only the system's escalation job does this";
        }
        StringBuilder sb = new StringBuilder("this is for ");
        sb.append(roles.contains(Role.STAFF) ? "office staff of the item's region" : "");
        if (roles.contains(Role.LEADER)) {
            sb.append(", a congress leader of its region");
        }
        if (roles.contains(Role.GROUP_LEADER)) {
            sb.append(action == GROUP_PASS || action == GROUP_RETURN ? ", its deputy group leader"
                    : ", its proposing deputy");
        } else if (roles.contains(Role.DEPUTY)) {
            sb.append(", its proposing deputy");
        }
        if (roles.contains(Role.HANDLER)) {
            sb.append(action == LOG_CONTACT ? ", a handler of its lead or co-handling unit"
                    : ", a handler of its lead unit");
        }
        return sb.toString();
    }
}

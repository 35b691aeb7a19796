package org.lianxin.core.internal.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.lianxin.api.ConflictException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.NewUser;
import org.lianxin.api.security.Role;
import org.lianxin.api.security.SecurityEvent;
import org.lianxin.api.security.User;
import org.lianxin.api.security.UserInput;
import org.lianxin.api.security.UserService;
import org.lianxin.core.internal.jpa.DeputyEntity;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.SecurityEventEntity;
import org.lianxin.core.internal.jpa.UnitEntity;
import org.lianxin.core.internal.jpa.UserEntity;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Check;
import org.lianxin.core.internal.util.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The user registry. Only administrators manage users, and only of their own region and below; nobody can give a
 * user more reach than they have.
 */
@Component(service = UserService.class)
public class UserServiceImpl implements UserService {
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Set<Role> NEED_DEPUTY = EnumSet.of(Role.DEPUTY, Role.GROUP_LEADER);

    private final Tx tx;
    private final Access access;
    private final AuthServiceImpl auth;
    private final SecurityAudit audit;

    @Activate
    public UserServiceImpl(@Reference Tx tx, @Reference Access access, @Reference AuthServiceImpl auth,
            @Reference SecurityAudit audit) {
        this.tx = tx;
        this.access = access;
        this.auth = auth;
        this.audit = audit;
    }

    @Override
    public NewUser create(UserInput in) {
        Identity me = access.require(Access.ADMIN, "manage users");
        Check.required(in, "body");
        String username = Check.text(in.username(), "username", 64).toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new ValidationException("username", "must be 3-64 characters: a letter, then letters, digits, '.',"
                    + " '_' or '-'");
        }
        char[] password = Passwords.random();
        String hash = auth.passwords().hash(password);
        NewUser created = tx.write(em -> {
            Scope scope = checkScope(em, me, in);
            if (UserRows.byName(em, username) != null) {
                throw new ConflictException("the username " + username + " is taken");
            }
            UserEntity u = new UserEntity();
            u.username = username;
            apply(u, in, scope);
            u.passwordHash = hash;
            u.enabled = 1;
            u.mustChange = 1;
            u.createdAt = UserMapper.now();
            em.persist(u);
            em.flush();
            return new NewUser(UserRows.view(em, u), new String(password));
        });
        Passwords.wipe(password);
        audit.record(SecurityAudit.USER_CREATED, username, null, describe(created.user()));
        return created;
    }

    @Override
    public User update(long id, UserInput in) {
        Identity me = access.require(Access.ADMIN, "manage users");
        Check.required(in, "body");
        if (in.username() != null && !in.username().trim().equalsIgnoreCase(get(id).username())) {
            throw new ValidationException("username", "cannot be changed; create a new user instead");
        }
        String[] before = new String[1];
        User after = tx.write(em -> {
            UserEntity u = mine(em, me, id);
            before[0] = describe(UserRows.view(em, u));
            Scope scope = checkScope(em, me, in);
            apply(u, in, scope);
            em.flush();
            return UserRows.view(em, u);
        });
        audit.record(SecurityAudit.ROLES_CHANGED, after.username(), null, before[0] + " -> " + describe(after));
        return after;
    }

    @Override
    public User get(long id) {
        Identity me = access.require(Access.ADMIN, "read users");
        return tx.read(em -> UserRows.view(em, mine(em, me, id)));
    }

    @Override
    public User getByUsername(String username) {
        Identity me = access.require(Access.ADMIN, "read users");
        return tx.read(em -> {
            UserEntity u = UserRows.byName(em, username);
            if (u == null || !covers(me, u)) {
                throw new org.lianxin.api.NotFoundException("user", username);
            }
            return UserRows.view(em, u);
        });
    }

    @Override
    public Page<User> list(Long regionId, Role role, String name, PageRequest page) {
        Identity me = access.require(Access.ADMIN, "read users");
        Long region = access.listRegion(me, regionId, "read users");
        String path = region == null ? null : access.path(region);
        String q = Check.optional(name, "name", 64);
        return tx.read(em -> {
            Jpql<UserEntity> query = Jpql.from(UserEntity.class, "u")
                    .where("u.regionPath LIKE :path", "path", path == null ? null : path + "%")
                    .whereContains("q", q, "u.username", "u.displayName")
                    .orderBy("u.username");
            if (role != null) {
                // roles are stored as a sorted comma list: the role alone, first, last or between
                query.where("(u.roles = :r0 OR u.roles LIKE :r1 OR u.roles LIKE :r2 OR u.roles LIKE :r3)")
                        .param("r0", role.name()).param("r1", role.name() + ",%").param("r2", "%," + role.name())
                        .param("r3", "%," + role.name() + ",%");
            }
            return query.page(em, page, u -> UserRows.view(em, u));
        });
    }

    @Override
    public User setEnabled(long id, boolean enabled) {
        Identity me = access.require(Access.ADMIN, "manage users");
        if (!enabled && id == me.userId()) {
            throw new ConflictException("you cannot disable your own account");
        }
        User u = tx.write(em -> {
            UserEntity e = mine(em, me, id);
            e.enabled = enabled ? 1 : 0;
            if (!enabled) {
                em.createQuery("DELETE FROM TokenEntity t WHERE t.userId = :u").setParameter("u", id).executeUpdate();
            }
            return UserRows.view(em, e);
        });
        audit.record(enabled ? SecurityAudit.ENABLED : SecurityAudit.DISABLED, u.username(), null, null);
        return u;
    }

    @Override
    public User unlock(long id) {
        Identity me = access.require(Access.ADMIN, "manage users");
        User u = tx.write(em -> {
            UserEntity e = mine(em, me, id);
            e.lockedUntil = null;
            e.failedLogins = 0;
            return UserRows.view(em, e);
        });
        audit.record(SecurityAudit.UNLOCKED, u.username(), null, null);
        return u;
    }

    @Override
    public NewUser resetPassword(long id) {
        Identity me = access.require(Access.ADMIN, "manage users");
        char[] password = Passwords.random();
        String hash = auth.passwords().hash(password);
        NewUser out = tx.write(em -> {
            UserEntity e = mine(em, me, id);
            e.passwordHash = hash;
            e.mustChange = 1;
            e.lockedUntil = null;
            e.failedLogins = 0;
            em.createQuery("DELETE FROM TokenEntity t WHERE t.userId = :u").setParameter("u", id).executeUpdate();
            return new NewUser(UserRows.view(em, e), new String(password));
        });
        Passwords.wipe(password);
        audit.record(SecurityAudit.PASSWORD_RESET, out.user().username(), null, null);
        return out;
    }

    @Override
    public Page<SecurityEvent> events(String username, String kind, PageRequest page) {
        Identity me = access.require(Access.ADMIN, "read the security audit");
        String user = Check.optional(username, "username", 64);
        String k = Check.optional(kind, "kind", 40);
        return tx.read(em -> {
            Jpql<SecurityEventEntity> q = Jpql.from(SecurityEventEntity.class, "e")
                    .where("e.username = :u", "u", user == null ? null : user.toLowerCase(java.util.Locale.ROOT))
                    .where("e.kind = :k", "k", k == null ? null : k.toUpperCase(java.util.Locale.ROOT))
                    .orderBy("e.id DESC");
            if (me.regionPath() != null) {
                // an administrator of a region sees the events of its users and their own
                q.where("(e.username = :me OR e.username IN (SELECT u.username FROM UserEntity u WHERE u.regionPath"
                        + " LIKE :p))").param("me", me.username()).param("p", me.regionPath() + "%");
            }
            return q.page(em, page, e -> new SecurityEvent(e.id, UserMapper.instant(e.at), e.kind, e.username,
                    e.actor, e.source, e.detail));
        });
    }

    @Override
    public void audit(String kind, String username, String source, String detail) {
        access.require(Access.SIGNED_IN, "write the security audit");
        audit.record(Check.text(kind, "kind", 40), username, source, detail);
    }

    // --- checks ------------------------------------------------------------------------------------------

    private record Scope(Set<Role> roles, Long regionId, String regionPath) {}

    private Scope checkScope(EntityManager em, Identity me, UserInput in) {
        Set<Role> roles = Check.required(in.roles(), "roles");
        if (roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException("roles", "name at least one role of " + EnumSet.complementOf(EnumSet.of(
                    Role.PUBLIC)));
        }
        if (roles.contains(Role.PUBLIC)) {
            throw new ValidationException("roles", "PUBLIC is the role of callers without a login, not of a user");
        }
        Check.text(in.displayName(), "displayName", Check.NAME);
        String path = null;
        if (in.regionId() == null) {
            if (!roles.equals(Set.of(Role.ADMIN))) {
                throw new ValidationException("regionId", "is required: only an administrator may have no region");
            }
            if (me.regionPath() != null) {
                throw new ValidationException("regionId", "is required: you can only create users of your own region"
                        + " and below");
            }
        } else {
            RegionEntity r = em.find(RegionEntity.class, in.regionId());
            if (r == null) {
                throw new ValidationException("regionId", "region " + in.regionId() + " does not exist");
            }
            if (!access.covers(me, r.path)) {
                throw Access.outOfScope(me, "give a user region " + r.name);
            }
            path = r.path;
        }
        if (roles.contains(Role.HANDLER)) {
            Long unitId = Check.required(in.unitId(), "unitId");
            UnitEntity unit = em.find(UnitEntity.class, unitId);
            if (unit == null) {
                throw new ValidationException("unitId", "handling unit " + unitId + " does not exist");
            }
            if (path != null && !unit.regionPath.startsWith(path)) {
                throw new ValidationException("unitId", "handling unit " + unit.name + " is not in the user's region");
            }
        } else if (in.unitId() != null) {
            throw new ValidationException("unitId", "is only for a HANDLER");
        }
        if (roles.stream().anyMatch(NEED_DEPUTY::contains)) {
            Long deputyId = Check.required(in.deputyId(), "deputyId");
            DeputyEntity d = em.find(DeputyEntity.class, deputyId);
            if (d == null) {
                throw new ValidationException("deputyId", "deputy " + deputyId + " does not exist");
            }
        } else if (in.deputyId() != null) {
            throw new ValidationException("deputyId", "is only for a DEPUTY or GROUP_LEADER");
        }
        return new Scope(EnumSet.copyOf(roles), in.regionId(), path);
    }

    private static void apply(UserEntity u, UserInput in, Scope scope) {
        u.displayName = Check.text(in.displayName(), "displayName", Check.NAME);
        u.roles = UserMapper.roles(scope.roles());
        u.regionId = scope.regionId();
        u.regionPath = scope.regionPath();
        u.unitId = scope.roles().contains(Role.HANDLER) ? in.unitId() : null;
        u.deputyId = scope.roles().stream().anyMatch(NEED_DEPUTY::contains) ? in.deputyId() : null;
    }

    /** A user the administrator may manage: within their scope, else "not found". */
    private static UserEntity mine(EntityManager em, Identity me, long id) {
        UserEntity u = UserRows.find(em, id);
        if (!covers(me, u)) {
            throw new org.lianxin.api.NotFoundException("user", id);
        }
        return u;
    }

    private static boolean covers(Identity me, UserEntity u) {
        return me.isSystem() || me.regionPath() == null || u.regionPath != null && u.regionPath.startsWith(
                me.regionPath());
    }

    private static String describe(User u) {
        return u.roles() + " region " + (u.regionId() == null ? "(all)" : u.regionId() + " " + u.regionName())
                + (u.unitId() == null ? "" : " unit " + u.unitId()) + (u.deputyId() == null ? "" : " deputy "
                        + u.deputyId());
    }

}

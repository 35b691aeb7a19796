package org.lianxin.core.internal.security;

import java.util.List;

import javax.persistence.EntityManager;

import org.lianxin.api.NotFoundException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.User;
import org.lianxin.core.internal.jpa.RegionEntity;
import org.lianxin.core.internal.jpa.UserEntity;

/** Reads of the user table shared by the login and the user registry. */
final class UserRows {
    private UserRows() {
    }

    static UserEntity byName(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        List<UserEntity> found = em.createQuery("SELECT u FROM UserEntity u WHERE u.username = :n", UserEntity.class)
                .setParameter("n", username.trim().toLowerCase(java.util.Locale.ROOT)).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static UserEntity find(EntityManager em, long id) {
        UserEntity u = em.find(UserEntity.class, id);
        if (u == null) {
            throw new NotFoundException("user", id);
        }
        return u;
    }

    static User view(EntityManager em, UserEntity u) {
        RegionEntity r = u.regionId == null ? null : em.find(RegionEntity.class, u.regionId);
        return UserMapper.user(u, r == null ? null : r.name);
    }

    static Identity identity(EntityManager em, UserEntity u) {
        return UserMapper.identity(u, u.regionPath);
    }
}

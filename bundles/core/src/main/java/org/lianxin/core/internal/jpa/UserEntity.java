package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_USER")
public class UserEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "DISPLAY_NAME")
    public String displayName;
    @Column(name = "PASSWORD_HASH")
    public String passwordHash;
    /** Comma-separated {@link org.lianxin.api.security.Role} names. */
    public String roles;
    @Column(name = "REGION_ID")
    public Long regionId;
    /** The region's path, e.g. /1/3/; null for a user of the whole country. */
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "UNIT_ID")
    public Long unitId;
    @Column(name = "DEPUTY_ID")
    public Long deputyId;
    public int enabled;
    @Column(name = "MUST_CHANGE")
    public int mustChange;
    @Column(name = "FAILED_LOGINS")
    public int failedLogins;
    /** UTC. */
    @Column(name = "LOCKED_UNTIL")
    public LocalDateTime lockedUntil;
    @Column(name = "LAST_LOGIN_AT")
    public LocalDateTime lastLoginAt;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Version
    public long version;
}

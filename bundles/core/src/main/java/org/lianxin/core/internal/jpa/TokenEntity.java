package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_USER_TOKEN")
public class TokenEntity {
    /** SHA-256 of the token, hex: the token itself is never stored. */
    @Id
    @Column(name = "TOKEN_HASH")
    public String tokenHash;
    @Column(name = "USER_ID")
    public long userId;
    @Column(name = "ISSUED_AT")
    public LocalDateTime issuedAt;
    @Column(name = "EXPIRES_AT")
    public LocalDateTime expiresAt;
    public String source;
}

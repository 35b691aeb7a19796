package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_SECURITY_EVENT")
public class SecurityEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "EVENT_AT")
    public LocalDateTime at;
    public String kind;
    public String username;
    public String actor;
    public String source;
    public String detail;
}

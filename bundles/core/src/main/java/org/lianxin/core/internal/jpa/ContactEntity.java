package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_CONTACT")
public class ContactEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "SUGGESTION_ID")
    public long suggestionId;
    @Column(name = "UNIT_ID")
    public Long unitId;
    public String phase;
    public String method;
    public String note;
    public String actor;
    /** UTC. */
    @Column(name = "CONTACT_AT")
    public LocalDateTime at;
}

package org.lianxin.practice.council.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_COUNCIL_REP")
public class RepresentativeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "COUNCIL_ID")
    public long councilId;
    @Column(name = "NAME")
    public String name;
    @Column(name = "COMMUNITY")
    public String community;
    @Column(name = "PHONE")
    public String phone;
    @Column(name = "JOINED_ON")
    public LocalDate joinedOn;
    @Column(name = "LEFT_ON")
    public LocalDate leftOn;
    @Column(name = "LEFT_REASON")
    public String leftReason;
}

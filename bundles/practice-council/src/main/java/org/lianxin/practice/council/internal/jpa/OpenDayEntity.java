package org.lianxin.practice.council.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_COUNCIL_OPEN_DAY")
public class OpenDayEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "COUNCIL_ID")
    public long councilId;
    @Column(name = "HELD_ON")
    public LocalDate heldOn;
    @Column(name = "KIND")
    public String kind;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "REP_IDS")
    public String repIds;
    @Column(name = "OFFICIALS")
    public String officials;
    @Column(name = "OPINIONS")
    public String opinions;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

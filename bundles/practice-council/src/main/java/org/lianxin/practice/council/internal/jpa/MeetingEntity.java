package org.lianxin.practice.council.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_COUNCIL_MEETING")
public class MeetingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "COUNCIL_ID")
    public long councilId;
    @Column(name = "HELD_ON")
    public LocalDate heldOn;
    @Column(name = "KIND")
    public String kind;
    @Column(name = "TOPIC")
    public String topic;
    @Column(name = "REP_IDS")
    public String repIds;
    @Column(name = "MINUTES")
    public String minutes;
    @Column(name = "MINUTES_BY")
    public String minutesBy;
    @Column(name = "REPORT_TITLE")
    public String reportTitle;
    @Column(name = "REPORT_SUMMARY")
    public String reportSummary;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

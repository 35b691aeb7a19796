package org.lianxin.core.internal.jpa;

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
@Table(name = "LX_VOTER_REPORT")
public class VoterReportEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "TERM_NAME")
    public String term;
    public String form;
    public String status;
    @Column(name = "SCHEDULED_ON")
    public LocalDate scheduledOn;
    @Column(name = "HELD_ON")
    public LocalDate heldOn;
    public String place;
    @Column(name = "STATION_ID")
    public Long stationId;
    @Column(name = "VOTERS_PRESENT")
    public int votersPresent;
    public String summary;
    public int satisfied;
    @Column(name = "BASICALLY_SATISFIED")
    public int basicallySatisfied;
    public int unsatisfied;
    @Column(name = "DUTY_RECORD_ID")
    public Long dutyRecordId;
    @Column(name = "CANCEL_REASON")
    public String cancelReason;
    @Column(name = "CREATED_BY")
    public String createdBy;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

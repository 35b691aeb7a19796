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
@Table(name = "LX_DUTY_CORRECTION")
public class DutyCorrectionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    public String kind;
    @Column(name = "RECORD_ID")
    public Long recordId;
    public String description;
    /** The proposed facts (an error's correction, an omission's record). */
    @Column(name = "P_KIND")
    public String proposedKind;
    @Column(name = "P_DATE")
    public LocalDate proposedDate;
    @Column(name = "P_PLACE")
    public String proposedPlace;
    @Column(name = "P_STATION_ID")
    public Long proposedStationId;
    @Column(name = "P_PARTICIPANTS")
    public String proposedParticipants;
    @Column(name = "P_EVIDENCE")
    public String proposedEvidence;
    public String status;
    public String resolution;
    @Column(name = "RESOLVED_BY")
    public String resolvedBy;
    @Column(name = "RESULT_RECORD_ID")
    public Long resultRecordId;
    @Column(name = "CREATED_BY")
    public String createdBy;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    /** UTC. */
    @Column(name = "RESOLVED_AT")
    public LocalDateTime resolvedAt;
}

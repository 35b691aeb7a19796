package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.AttributeOverride;
import javax.persistence.AttributeOverrides;
import javax.persistence.Column;
import javax.persistence.Embedded;
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
    /** The proposed facts (an error's correction, an omission's record); none for a duplicate. */
    @Embedded
    @AttributeOverrides({ @AttributeOverride(name = "kind", column = @Column(name = "P_KIND")),
        @AttributeOverride(name = "date", column = @Column(name = "P_DATE")),
        @AttributeOverride(name = "place", column = @Column(name = "P_PLACE")),
        @AttributeOverride(name = "stationId", column = @Column(name = "P_STATION_ID")),
        @AttributeOverride(name = "participants", column = @Column(name = "P_PARTICIPANTS")),
        @AttributeOverride(name = "evidence", column = @Column(name = "P_EVIDENCE")) })
    public DutyFactsColumns proposed;
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

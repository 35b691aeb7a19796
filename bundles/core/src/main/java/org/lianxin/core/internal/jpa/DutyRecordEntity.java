package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_DUTY_RECORD")
public class DutyRecordEntity {
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
    @Embedded
    public DutyFactsColumns facts = new DutyFactsColumns();
    /** e.g. ORAL or WRITTEN for a report to voters; scoring tables weigh variants. */
    public String variant;
    public String source;
    @Column(name = "SOURCE_REF")
    public String sourceRef;
    public String status;
    @Column(name = "REVIEW_NOTE")
    public String reviewNote;
    @Column(name = "REVIEWED_BY")
    public String reviewedBy;
    @Column(name = "CREATED_BY")
    public String createdBy;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

package org.lianxin.practice.petition.internal.jpa;

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
@Table(name = "LX_PETITION")
public class PetitionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "REGION_ID")
    public long regionId;
    /** Ids from the root down, "/1/2/5/": the subtree of a region is a prefix. */
    @Column(name = "REGION_PATH")
    public String regionPath;
    /** The proxy deputy. */
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    @Column(name = "RECEIVED_ON")
    public LocalDate receivedOn;
    @Column(name = "PETITIONER_NAME")
    public String petitionerName;
    @Column(name = "PETITIONER_ID_NO")
    public String petitionerIdNo;
    @Column(name = "PETITIONER_PHONE")
    public String petitionerPhone;
    @Column(name = "PETITIONER_ADDRESS")
    public String petitionerAddress;
    public String privacy;
    @Column(name = "CONSENT_METHOD")
    public String consentMethod;
    @Column(name = "CONSENT_ON")
    public LocalDate consentOn;
    public String subject;
    public String content;
    public String category;
    @Column(name = "RISK_LEVEL")
    public String riskLevel;
    /** Comma-separated {@code RiskSign} names, empty when none. */
    @Column(name = "RISK_SIGNS")
    public String riskSigns;
    @Column(name = "RISK_NOTE")
    public String riskNote;
    @Column(name = "RISK_NOTED_ON")
    public LocalDate riskNotedOn;
    public String status;
    /** RESOLVED or UNRESOLVED once concluded; stays when the follow-up closes the petition. */
    public String conclusion;
    public String outcome;
    @Column(name = "CONCLUDED_ON")
    public LocalDate concludedOn;
    @Column(name = "FOLLOW_UP_ON")
    public LocalDate followUpOn;
    /** 1 satisfied, 0 not, null before the follow-up. */
    @Column(name = "FOLLOW_UP_SATISFIED")
    public Integer followUpSatisfied;
    @Column(name = "FOLLOW_UP_NOTE")
    public String followUpNote;
    @Column(name = "RESOLVED_DUTY_ID")
    public Long resolvedDutyId;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    @Column(name = "CREATED_BY")
    public String createdBy;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

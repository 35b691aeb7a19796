package org.lianxin.practice.litigation.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A procuratorial suggestion to be turned into a deputy suggestion; {@code suggestionId} once delivered. */
@Entity
@Table(name = "LX_LITIGATION_PROCURATORIAL")
public class ProcuratorialEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    public String procuratorate;
    @Column(name = "CASE_NO")
    public String caseNo;
    public String title;
    public String content;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    public String category;
    /** Comma-separated deputy ids, the lead proposer first. */
    @Column(name = "DEPUTY_IDS")
    public String deputyIds;
    @Column(name = "ISSUED_ON")
    public LocalDate issuedOn;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    @Column(name = "CONVERTED_AT")
    public LocalDateTime convertedAt;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

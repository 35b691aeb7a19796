package org.lianxin.practice.litigation.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A deputy suggestion transferred as a public-interest clue to the procuratorate. */
@Entity
@Table(name = "LX_LITIGATION_CLUE")
public class ClueEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "SUGGESTION_ID")
    public long suggestionId;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    public String harm;
    public String note;
    public String status;
    /** When the outbox handed the clue over to the procuratorate; null while the hand-off is pending. */
    @Column(name = "HANDED_OVER_AT")
    public LocalDateTime handedOverAt;
    public String procuratorate;
    @Column(name = "CASE_NO")
    public String caseNo;
    @Column(name = "ACCEPTED_ON")
    public LocalDate acceptedOn;
    public String addressee;
    @Column(name = "SUGGESTION_ISSUED_ON")
    public LocalDate suggestionIssuedOn;
    @Column(name = "SUGGESTION_CONTENT")
    public String suggestionContent;
    public String court;
    @Column(name = "FILED_ON")
    public LocalDate filedOn;
    public String outcome;
    @Column(name = "CONCLUDED_ON")
    public LocalDate concludedOn;
    @Column(name = "AMOUNT_RECOVERED")
    public BigDecimal amountRecovered;
    @Column(name = "DECLINE_REASON")
    public String declineReason;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Column(name = "UPDATED_AT")
    public LocalDateTime updatedAt;
}

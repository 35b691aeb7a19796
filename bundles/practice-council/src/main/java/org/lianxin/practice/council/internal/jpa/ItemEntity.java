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
@Table(name = "LX_COUNCIL_ITEM")
public class ItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "COUNCIL_ID")
    public long councilId;
    @Column(name = "REP_ID")
    public long repId;
    @Column(name = "MEETING_ID")
    public Long meetingId;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "CONTENT")
    public String content;
    @Column(name = "RAISED_BY")
    public String raisedBy;
    @Column(name = "SELECTED_ON")
    public LocalDate selectedOn;
    @Column(name = "OPINION_ID")
    public long opinionId;
    @Column(name = "RECEIPT_NO")
    public String receiptNo;
    @Column(name = "STATUS")
    public String status;
    @Column(name = "CATEGORY")
    public String category;
    @Column(name = "ROUTE")
    public String route;
    @Column(name = "SORTED_ON")
    public LocalDate sortedOn;
    @Column(name = "DEPUTY_ID")
    public Long deputyId;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    @Column(name = "LEDGER_NO")
    public String ledgerNo;
    @Column(name = "SUGGESTION_STATE")
    public String suggestionState;
    @Column(name = "HANDOVER_NOTE")
    public String handoverNote;
    @Column(name = "HANDLED")
    public int handled;
    @Column(name = "HANDLED_ON")
    public LocalDate handledOn;
    @Column(name = "HANDLING_RESULT")
    public String handlingResult;
    @Column(name = "RATING")
    public String rating;
    @Column(name = "EVALUATION_NOTE")
    public String evaluationNote;
    @Column(name = "EVALUATED_ON")
    public LocalDate evaluatedOn;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

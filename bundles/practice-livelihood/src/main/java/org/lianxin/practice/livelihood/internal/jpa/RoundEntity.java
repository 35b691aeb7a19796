package org.lianxin.practice.livelihood.internal.jpa;

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
@Table(name = "LX_LIVELIHOOD_ROUND")
public class RoundEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "VOTE_YEAR")
    public int year;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "PLACES")
    public int places;
    /** {@code ElectorateBody}: DEPUTIES or COUNCIL */
    @Column(name = "ELECTORATE_BODY")
    public String electorateBody;
    /** the council whose representatives vote in a COUNCIL round */
    @Column(name = "COUNCIL_ID")
    public Long councilId;
    @Column(name = "STATUS")
    public String status;
    @Column(name = "REVIEW_DECISION")
    public String reviewDecision;
    @Column(name = "REVIEW_NOTE")
    public String reviewNote;
    @Column(name = "REVIEWED_ON")
    public LocalDate reviewedOn;
    @Column(name = "SESSION_DATE")
    public LocalDate sessionDate;
    @Column(name = "VOTE_OPENED_AT")
    public LocalDateTime voteOpenedAt;
    @Column(name = "VOTE_CLOSED_AT")
    public LocalDateTime voteClosedAt;
    @Column(name = "ELECTORATE")
    public Integer electorate;
    @Column(name = "BALLOTS_CAST")
    public Integer ballotsCast;
    @Column(name = "PUBLISHED_AT")
    public LocalDateTime publishedAt;
    @Column(name = "CLOSED_AT")
    public LocalDateTime closedAt;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

package org.lianxin.practice.livelihood.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_LIVELIHOOD_CANDIDATE")
public class CandidateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "ROUND_ID")
    public long roundId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "SEQ")
    public int seq;
    @Column(name = "PROPOSAL_ID")
    public Long proposalId;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "DESCRIPTION")
    public String description;
    @Column(name = "BUDGET_PLANNED")
    public BigDecimal budgetPlanned;
    @Column(name = "BENEFICIARIES")
    public int beneficiaries;
    @Column(name = "LISTED_ON")
    public LocalDate listedOn;
    @Column(name = "VOTES")
    public Integer votes;
    @Column(name = "ELECTED")
    public int elected;
    @Column(name = "BUDGET_SPENT")
    public BigDecimal budgetSpent;
    @Column(name = "PERCENT_DONE")
    public int percentDone;
    @Column(name = "FINISHED_ON")
    public LocalDate finishedOn;
}

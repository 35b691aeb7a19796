package org.lianxin.practice.livelihood.internal.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_LIVELIHOOD_PROPOSAL")
public class ProposalEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ROUND_ID")
    public long roundId;
    @Column(name = "SOURCE")
    public String source;
    @Column(name = "PROPOSER")
    public String proposer;
    @Column(name = "DEPUTY_ID")
    public Long deputyId;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "DESCRIPTION")
    public String description;
    @Column(name = "BUDGET")
    public BigDecimal budget;
    @Column(name = "BENEFICIARIES")
    public Integer beneficiaries;
    @Column(name = "PROPOSED_ON")
    public LocalDate proposedOn;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

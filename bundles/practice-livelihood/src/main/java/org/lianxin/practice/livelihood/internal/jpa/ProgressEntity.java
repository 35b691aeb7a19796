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
@Table(name = "LX_LIVELIHOOD_PROGRESS")
public class ProgressEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "PROJECT_ID")
    public long projectId;
    @Column(name = "REPORTED_ON")
    public LocalDate reportedOn;
    @Column(name = "PERCENT_DONE")
    public int percentDone;
    @Column(name = "BUDGET_SPENT")
    public BigDecimal budgetSpent;
    @Column(name = "NOTE")
    public String note;
    @Column(name = "ACTOR")
    public String actor;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

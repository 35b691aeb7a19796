package org.lianxin.practice.livelihood.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_LIVELIHOOD_SATISFACTION")
public class SatisfactionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "PROJECT_ID")
    public long projectId;
    /** a deputy, or a council's representative in a COUNCIL round (the column keeps its first name) */
    @Column(name = "DEPUTY_ID")
    public long electorId;
    @Column(name = "VERDICT")
    public String verdict;
    @Column(name = "VOTED_ON")
    public LocalDate votedOn;
}

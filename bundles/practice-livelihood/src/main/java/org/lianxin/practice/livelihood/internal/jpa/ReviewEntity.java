package org.lianxin.practice.livelihood.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_LIVELIHOOD_REVIEW")
public class ReviewEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "PROJECT_ID")
    public long projectId;
    @Column(name = "REVIEWED_ON")
    public LocalDate reviewedOn;
    @Column(name = "REVIEWER")
    public String reviewer;
    @Column(name = "FINDINGS")
    public String findings;
    @Column(name = "RATING")
    public String rating;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

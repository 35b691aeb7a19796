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
@Table(name = "LX_LIVELIHOOD_MILESTONE")
public class MilestoneEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "PROJECT_ID")
    public long projectId;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "DUE_ON")
    public LocalDate dueOn;
    @Column(name = "DONE_ON")
    public LocalDate doneOn;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

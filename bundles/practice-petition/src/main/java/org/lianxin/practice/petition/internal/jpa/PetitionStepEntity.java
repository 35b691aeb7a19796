package org.lianxin.practice.petition.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_PETITION_STEP")
public class PetitionStepEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "PETITION_ID")
    public long petitionId;
    @Column(name = "TAKEN_ON")
    public LocalDate takenOn;
    public String kind;
    public String note;
    public String actor;
    @Column(name = "DUTY_RECORD_ID")
    public Long dutyRecordId;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

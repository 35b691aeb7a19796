package org.lianxin.practice.livelihood.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_LIVELIHOOD_VOTER")
public class VoterEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "ROUND_ID")
    public long roundId;
    /** a deputy, or a council's representative in a COUNCIL round (the column keeps its first name) */
    @Column(name = "DEPUTY_ID")
    public long electorId;
    @Column(name = "DUTY_RECORD_ID")
    public Long dutyRecordId;
}

package org.lianxin.practice.livelihood.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_LIVELIHOOD_BALLOT")
public class BallotEntity {
    @Id
    public String id;
    @Column(name = "ROUND_ID")
    public long roundId;
    @Column(name = "CHOICES")
    public String choices;
}

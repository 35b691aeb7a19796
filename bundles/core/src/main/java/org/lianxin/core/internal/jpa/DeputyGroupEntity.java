package org.lianxin.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_DEPUTY_GROUP")
public class DeputyGroupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    public String specialty;
    @Column(name = "LEADER_ID")
    public Long leaderId;
    @Column(name = "VICE_LEADER_ID")
    public Long viceLeaderId;
    @Column(name = "LIAISON_ID")
    public Long liaisonId;
}

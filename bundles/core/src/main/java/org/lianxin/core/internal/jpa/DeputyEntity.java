package org.lianxin.core.internal.jpa;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

@Entity
@Table(name = "LX_DEPUTY")
public class DeputyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public String gender;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "GROUP_ID")
    public Long groupId;
    public String specialty;
    @Column(name = "TERM_NAME")
    public String term;
    public String status;
    public String phone;
    public String constituency;
    @Column(name = "DIRECTLY_ELECTED")
    public boolean directlyElected;
    @ElementCollection
    @CollectionTable(name = "LX_DEPUTY_SEAT", joinColumns = @JoinColumn(name = "DEPUTY_ID"))
    public List<SeatEmbeddable> seats = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "LX_DEPUTY_STATION", joinColumns = @JoinColumn(name = "DEPUTY_ID"))
    @Column(name = "STATION_ID")
    public List<Long> stationIds = new ArrayList<>();
}

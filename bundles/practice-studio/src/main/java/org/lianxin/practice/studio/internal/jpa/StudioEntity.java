package org.lianxin.practice.studio.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_STUDIO")
public class StudioEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "REGION_ID")
    public long regionId;
    /** Ids from the root down, "/1/2/5/": the subtree of a region is a prefix. */
    @Column(name = "REGION_PATH")
    public String regionPath;
    public String name;
    public String brand;
    public String theme;
    @Column(name = "STATION_ID")
    public Long stationId;
    @Column(name = "CREATED_BY")
    public String createdBy;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

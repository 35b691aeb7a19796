package org.lianxin.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_REGION")
public class RegionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String name;
    @Column(name = "REGION_LEVEL")
    public String level;
    @Column(name = "PARENT_ID")
    public Long parentId;
    /** Ids from the root down to this region, e.g. {@code /1/4/17/}: a prefix match selects a subtree. */
    public String path;
}

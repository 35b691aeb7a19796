package org.lianxin.practice.studio.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_STUDIO_STANDARD")
public class StandardEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "STUDIO_ID")
    public long studioId;
    public String item;
    public String evidence;
    @Column(name = "CHECKED_BY")
    public String checkedBy;
    @Column(name = "CHECKED_ON")
    public LocalDate checkedOn;
}

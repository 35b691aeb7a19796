package org.lianxin.practice.studio.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_STUDIO_EVENT")
public class StudioEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "STUDIO_ID")
    public long studioId;
    public String kind;
    public String title;
    @Column(name = "HELD_ON")
    public LocalDate heldOn;
    public int sessions;
    public int attendance;
    public int viewers;
    /** Comma-separated ids of the deputies who took part. */
    @Column(name = "DEPUTY_IDS")
    public String deputyIds;
    @Column(name = "CREATED_BY")
    public String createdBy;
}

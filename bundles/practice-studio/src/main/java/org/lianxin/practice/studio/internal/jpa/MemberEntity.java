package org.lianxin.practice.studio.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_STUDIO_MEMBER")
public class MemberEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "STUDIO_ID")
    public long studioId;
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    @Column(name = "LEVEL_NAME")
    public String level;
    /** 1 for the studio's lead member (领衔代表), else 0. */
    @Column(name = "LEAD_MEMBER")
    public int lead;
    @Column(name = "JOINED_ON")
    public LocalDate joinedOn;
}

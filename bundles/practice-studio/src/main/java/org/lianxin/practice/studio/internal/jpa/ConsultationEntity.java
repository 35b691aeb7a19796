package org.lianxin.practice.studio.internal.jpa;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LX_STUDIO_CONSULTATION")
public class ConsultationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "STUDIO_ID")
    public long studioId;
    @Column(name = "ASKED_ON")
    public LocalDate askedOn;
    public String asker;
    public String question;
    public String answer;
    @Column(name = "ANSWERED_BY")
    public Long answeredBy;
    @Column(name = "ANSWERED_ON")
    public LocalDate answeredOn;
    @Column(name = "DUTY_RECORD_ID")
    public Long dutyRecordId;
}

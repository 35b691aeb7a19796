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
@Table(name = "LX_STUDIO_OPINION")
public class StudioOpinionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    @Column(name = "STUDIO_ID")
    public long studioId;
    @Column(name = "DEPUTY_ID")
    public long deputyId;
    @Column(name = "RECEIVED_ON")
    public LocalDate receivedOn;
    public String content;
    /** The opinion in core's register of public opinions. */
    @Column(name = "OPINION_ID")
    public long opinionId;
    @Column(name = "RECEIPT_NO")
    public String receiptNo;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    public String outcome;
}

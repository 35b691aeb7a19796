package org.lianxin.core.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "LX_OPINION")
public class OpinionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "RECEIPT_NO")
    public String receiptNo;
    public String source;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    @Column(name = "STATION_ID")
    public Long stationId;
    @Column(name = "DEPUTY_ID")
    public Long deputyId;
    public String content;
    @Column(name = "SUBMITTER_NAME")
    public String submitterName;
    @Column(name = "SUBMITTER_CONTACT")
    public String submitterContact;
    public String status;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    @Column(name = "DISMISS_REASON")
    public String dismissReason;
    /** UTC. */
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
}

package org.lianxin.practice.litigation.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * One hand-off to the other side. The version column is the claim: of several nodes that read a due row, the one
 * whose update commits first delivers it.
 */
@Entity
@Table(name = "LX_LITIGATION_OUTBOX")
public class OutboxEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Version
    public long version;
    public String kind;
    @Column(name = "CLUE_ID")
    public Long clueId;
    @Column(name = "PROCURATORIAL_ID")
    public Long procuratorialId;
    @Column(name = "REGION_ID")
    public long regionId;
    @Column(name = "REGION_PATH")
    public String regionPath;
    public String status;
    public int attempts;
    @Column(name = "NEXT_ATTEMPT_AT")
    public LocalDateTime nextAttemptAt;
    @Column(name = "LAST_ERROR")
    public String lastError;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Column(name = "SENT_AT")
    public LocalDateTime sentAt;
}

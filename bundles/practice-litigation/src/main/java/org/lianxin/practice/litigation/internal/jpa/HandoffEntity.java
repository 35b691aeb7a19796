package org.lianxin.practice.litigation.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** The log of what was handed over to the other side, once per outbox row. */
@Entity
@Table(name = "LX_LITIGATION_HANDOFF")
public class HandoffEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "OUTBOX_ID")
    public long outboxId;
    /** TO_PROCURATORATE or TO_DEPUTIES. */
    public String direction;
    @Column(name = "CLUE_ID")
    public Long clueId;
    @Column(name = "PROCURATORIAL_ID")
    public Long procuratorialId;
    @Column(name = "SUGGESTION_ID")
    public Long suggestionId;
    @Column(name = "HANDED_OVER_AT")
    public LocalDateTime handedOverAt;
}

package org.lianxin.core.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** The next ledger sequence of a region and year; its row is locked while a number is taken. */
@Entity
@Table(name = "LX_LEDGER_COUNTER")
@IdClass(LedgerCounterKey.class)
public class LedgerCounterEntity {
    @Id
    @Column(name = "REGION_ID")
    public long regionId;
    @Id
    @Column(name = "LEDGER_YEAR")
    public int year;
    @Column(name = "NEXT_SEQ")
    public int nextSeq;
}

package org.lianxin.core.internal.jpa;

import java.io.Serializable;
import java.util.Objects;

public class LedgerCounterKey implements Serializable {
    private static final long serialVersionUID = 1L;
    public long regionId;
    public int year;

    public LedgerCounterKey() {
    }

    public LedgerCounterKey(long regionId, int year) {
        this.regionId = regionId;
        this.year = year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerCounterKey k && k.regionId == regionId && k.year == year;
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, year);
    }
}

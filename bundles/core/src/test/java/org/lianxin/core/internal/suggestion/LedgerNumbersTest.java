package org.lianxin.core.internal.suggestion;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Ledger numbers: region code, year, six-digit sequence (DOMAIN.md §3.1). */
public class LedgerNumbersTest {

    @Test
    public void regionYearAndZeroPaddedSequence() {
        assertEquals("DJ-2023-000123", LedgerNumbers.format("DJ", 2023, 123));
        assertEquals("DJ-2023-000001", LedgerNumbers.format("DJ", 2023, 1));
        assertEquals("HB-2026-999999", LedgerNumbers.format("HB", 2026, 999999));
    }

    @Test
    public void sequencesPastSixDigitsStayUnique() {
        assertEquals("HB-2026-1000000", LedgerNumbers.format("HB", 2026, 1000000));
    }
}

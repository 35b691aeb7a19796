package org.lianxin.core.internal.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.Test;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class ExportScopeTest {
    private static final SuggestionQuery ASKED = new SuggestionQuery(null, false, Set.of(SuggestionState.ASSIGNED), 9L,
            null, null, null, Boolean.TRUE, LocalDate.of(2025, 1, 1), null, null, null, "路灯");

    @Test
    public void aLedgerWithoutARegionIsNarrowedToTheCallersSubtree() {
        SuggestionQuery q = ExportServiceImpl.narrowed(Who.user(Role.STAFF, Who.COUNTY), ASKED);
        assertEquals(Long.valueOf(3), q.regionId());
        assertTrue(q.subRegions());
        assertEquals(ASKED.states(), q.states());
        assertEquals(ASKED.unitId(), q.unitId());
        assertEquals(ASKED.overdue(), q.overdue());
        assertEquals(ASKED.from(), q.from());
        assertEquals(ASKED.text(), q.text());
    }

    @Test
    public void aNationalCallerOrAGivenRegionKeepsTheQuery() {
        assertSame(ASKED, ExportServiceImpl.narrowed(Who.nationalAdmin(), ASKED));
        assertSame(ASKED, ExportServiceImpl.narrowed(Identity.SYSTEM, ASKED));
        SuggestionQuery given = new SuggestionQuery(5L, false, Set.of(), null, null, null, null, null, null, null, null,
                null, null);
        assertSame(given, ExportServiceImpl.narrowed(Who.user(Role.LEADER, Who.COUNTY), given));
    }

    @Test
    public void exportsAreForAdministratorsStaffAndLeaders() {
        assertEquals(Set.of(Role.ADMIN, Role.STAFF, Role.LEADER), ExportServiceImpl.EXPORTERS);
    }
}

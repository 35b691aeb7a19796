package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.SuggestionKind;

/** A wrong clock configuration is refused with an IllegalArgumentException naming the key or entry. */
public class HandlingClockConfigTest {

    private static IllegalArgumentException refused(String key, String value) {
        Map<String, Object> config = new HashMap<>();
        config.put(key, value);
        try {
            new HandlingClockImpl(new StubRegions(), config);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("accepted " + key + "=" + value);
    }

    private static IllegalArgumentException refusedOverride(String key, String value) {
        Map<String, Object> config = new HashMap<>();
        config.put("region", "DJ");
        config.put(key, value);
        try {
            new RegionClockOverride(config);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("accepted " + key + "=" + value);
    }

    private static void assertNames(IllegalArgumentException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage() + " should name " + p, e.getMessage().contains(p));
        }
    }

    @Test
    public void badPeriodText() {
        assertNames(refused("rule.ROUTE_COUNTY", "5 days"), "rule.ROUTE_COUNTY", "'5 days'");
        assertNames(refused("rule.SESSION_SUGGESTION.SESSION_REPLY", "three months"),
                "rule.SESSION_SUGGESTION.SESSION_REPLY", "'three months'");
        assertNames(refusedOverride("rule.SUPERVISION", "1Y"), "rule.SUPERVISION", "'1Y'");
    }

    @Test
    public void unknownRuleKey() {
        assertNames(refused("rule.ROUTE_PROVINCE", "3D"), "rule.ROUTE_PROVINCE", "unknown rule");
        assertNames(refused("rule.PETITION.SESSION_REPLY", "3M"), "rule.PETITION.SESSION_REPLY", "unknown rule");
        assertNames(refusedOverride("rule.MOTION.REPLY", "3M"), "rule.MOTION.REPLY", "unknown rule");
    }

    @Test
    public void badDaysValue() {
        assertNames(refused("days", "WEEKDAYS"), "days", "'WEEKDAYS'");
        assertNames(refusedOverride("days", "工作日"), "days", "'工作日'");
    }

    @Test
    public void badHolidayOrWorkdayEntry() {
        assertNames(refused("holidays", "2026-01-01, 2026-02-15..2026-02-32"), "'2026-02-15..2026-02-32'");
        assertNames(refused("holidays", "2026-01-01 2026-02-30"), "'2026-02-30'");
        assertNames(refused("holidays", "2026-02-23..2026-02-15"), "'2026-02-23..2026-02-15'");
        assertNames(refused("workdays", "2026-02-14, 28/02/2026"), "'28/02/2026'");
    }

    @Test
    public void reconfigurationReplacesTheRules() {
        Map<String, Object> config = new HashMap<>();
        config.put("rule.ROUTE_COUNTY", "2D");
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), config);
        LocalDate monday = LocalDate.parse("2026-03-02");
        assertEquals(LocalDate.parse("2026-03-04"),
                c.deadline(ClockRule.ROUTE_COUNTY, StubRegions.DJ, SuggestionKind.MOTION, monday).due());
        c.modified(new HashMap<>());
        assertEquals(LocalDate.parse("2026-03-07"),
                c.deadline(ClockRule.ROUTE_COUNTY, StubRegions.DJ, SuggestionKind.MOTION, monday).due());
    }

    @Test
    public void badZoneIsNamed() {
        assertNames(refused("zone", "Asia/Beijing"), "zone", "Asia/Beijing");
    }

    @Test
    public void aRefusedReconfigurationLeavesTheWorkingConfigurationWhole() {
        Map<String, Object> config = new HashMap<>();
        config.put("rule.ROUTE_COUNTY", "2D");
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), config);
        LocalDate monday = LocalDate.parse("2026-03-02");
        for (String[] bad : new String[][] { { "holidays", "2026-02-30" }, { "workdays", "soon" },
                { "zone", "Mars/Olympus" } }) {
            Map<String, Object> next = new HashMap<>();
            next.put("rule.ROUTE_COUNTY", "9D");
            next.put(bad[0], bad[1]);
            try {
                c.modified(next);
                throw new AssertionError("accepted " + next);
            } catch (IllegalArgumentException e) {
                assertNames(e, bad[1]);
            }
            assertEquals("half of a refused configuration must not be applied", LocalDate.parse("2026-03-04"),
                    c.deadline(ClockRule.ROUTE_COUNTY, StubRegions.DJ, SuggestionKind.MOTION, monday).due());
        }
    }
}

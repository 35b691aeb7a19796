package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.lianxin.core.internal.clock.StubRegions.AH;
import static org.lianxin.core.internal.clock.StubRegions.DJ;
import static org.lianxin.core.internal.clock.StubRegions.GY;
import static org.lianxin.core.internal.clock.StubRegions.HB;
import static org.lianxin.core.internal.clock.StubRegions.YQ;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Deadline;
import org.lianxin.api.dto.SuggestionKind;

/**
 * Region overrides: the nearest region with a value wins, unset keys are inherited from the parent region and
 * then from the global configuration; within one configuration {@code rule.<KIND>.<RULE>} beats {@code rule.<RULE>}.
 * Tree: AH → HB (city) → DJ (county) → GY (street); AH → SZ → YQ.
 */
public class HandlingClockRegionOverrideTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final SuggestionKind S = SuggestionKind.SESSION_SUGGESTION;

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Map<String, Object> map(String... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static RegionClockOverride override(String... keyValues) {
        return new RegionClockOverride(map(keyValues));
    }

    /** Global 4D for county routing; HB 6D counted in working days; DJ 10D (and inherits HB's working days). */
    private static HandlingClockImpl tiered() {
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), map("rule.ROUTE_COUNTY", "4D",
                "rule.SESSION_REPLY", "2M", "rule.MOTION.SESSION_REPLY", "4M"));
        c.addOverride(override("region", "HB", "rule.ROUTE_COUNTY", "6D", "days", "WORKING"));
        c.addOverride(override("region", "DJ", "rule.ROUTE_COUNTY", "10D", "rule.SUPERVISION", "20D",
                "rule.INTER_SESSION_OPINION.SUPERVISION", "15D"));
        return c;
    }

    private static LocalDate due(HandlingClockImpl c, ClockRule rule, long region, SuggestionKind kind) {
        return c.deadline(rule, region, kind, MONDAY).due();
    }

    @Test
    public void regionWithoutOverridesUsesTheGlobalSettings() {
        HandlingClockImpl c = tiered();
        Deadline yq = c.deadline(ClockRule.ROUTE_COUNTY, YQ, S, MONDAY);
        assertEquals(new Deadline(MONDAY, d("2026-03-06"), ClockRule.ROUTE_COUNTY, "4D", false, List.of()), yq);
        // a region above the overridden ones is not affected by them either
        assertEquals(d("2026-03-06"), due(c, ClockRule.ROUTE_COUNTY, AH, S));
    }

    @Test
    public void cityOverrideAppliesToTheCity() {
        Deadline hb = tiered().deadline(ClockRule.ROUTE_COUNTY, HB, S, MONDAY);
        assertEquals(new Deadline(MONDAY, d("2026-03-10"), ClockRule.ROUTE_COUNTY, "6D", true,
                List.of(d("2026-03-07"), d("2026-03-08"))), hb);
    }

    @Test
    public void childOverrideBeatsParentAndInheritsWhatItDoesNotSet() {
        Deadline dj = tiered().deadline(ClockRule.ROUTE_COUNTY, DJ, S, MONDAY);
        // 10 days from DJ, counted in working days as HB says
        assertEquals(new Deadline(MONDAY, d("2026-03-16"), ClockRule.ROUTE_COUNTY, "10D", true,
                List.of(d("2026-03-07"), d("2026-03-08"), d("2026-03-14"), d("2026-03-15"))), dj);
    }

    @Test
    public void regionWithoutItsOwnOverrideInheritsFromTheNearestAncestor() {
        HandlingClockImpl c = tiered();
        assertEquals(d("2026-03-16"), due(c, ClockRule.ROUTE_COUNTY, GY, S));
        // a rule set nowhere keeps its default, counted in the inherited working days: 7 working days
        Deadline review = c.deadline(ClockRule.TOWNSHIP_REVIEW, GY, S, MONDAY);
        assertEquals("7D", review.period());
        assertTrue(review.workingDays());
        assertEquals(d("2026-03-11"), review.due());
    }

    @Test
    public void perKindKeyBeatsRuleKey() {
        HandlingClockImpl c = tiered();
        // DJ: rule.INTER_SESSION_OPINION.SUPERVISION=15D beats rule.SUPERVISION=20D for that kind only
        assertEquals(d("2026-03-23"), due(c, ClockRule.SUPERVISION, DJ, SuggestionKind.INTER_SESSION_OPINION));
        assertEquals(d("2026-03-30"), due(c, ClockRule.SUPERVISION, DJ, S));
        assertEquals("15D", c.deadline(ClockRule.SUPERVISION, DJ, SuggestionKind.INTER_SESSION_OPINION, MONDAY).period());
        // global: rule.MOTION.SESSION_REPLY=4M beats rule.SESSION_REPLY=2M
        assertEquals(d("2026-07-02"), due(c, ClockRule.SESSION_REPLY, YQ, SuggestionKind.MOTION));
        assertEquals(d("2026-05-02"), due(c, ClockRule.SESSION_REPLY, YQ, S));
        // inherited by DJ, where days are working days: 2026-05-02 is a Saturday and rolls to Monday
        assertEquals(d("2026-07-02"), due(c, ClockRule.SESSION_REPLY, DJ, SuggestionKind.MOTION));
        Deadline dj = c.deadline(ClockRule.SESSION_REPLY, DJ, S, MONDAY);
        assertEquals(d("2026-05-04"), dj.due());
        assertEquals(List.of(d("2026-05-02"), d("2026-05-03")), dj.skippedDays());
    }

    @Test
    public void childCanSwitchBackToCalendarDays() {
        HandlingClockImpl c = tiered();
        c.addOverride(override("region", "GY", "days", "CALENDAR"));
        Deadline gy = c.deadline(ClockRule.ROUTE_COUNTY, GY, S, MONDAY);
        assertEquals(d("2026-03-12"), gy.due());
        assertFalse(gy.workingDays());
        assertEquals(d("2026-03-16"), due(c, ClockRule.ROUTE_COUNTY, DJ, S));
    }

    @Test
    public void removingAnOverrideFallsBackToTheParent() {
        HandlingClockImpl c = tiered();
        RegionClockOverride gy = override("region", "GY", "rule.ROUTE_COUNTY", "1D");
        c.addOverride(gy);
        assertEquals(d("2026-03-03"), due(c, ClockRule.ROUTE_COUNTY, GY, S));
        c.removeOverride(gy);
        assertEquals(d("2026-03-16"), due(c, ClockRule.ROUTE_COUNTY, GY, S));
    }

    @Test
    public void handlingLimitFollowsOverrides() {
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), map());
        c.addOverride(override("region", "HB", "rule.HANDLING_MAX", "3M", "rule.SESSION_MAX", "5M"));
        assertEquals(d("2026-06-02"), c.handlingLimit(DJ, SuggestionKind.INTER_SESSION_OPINION, 2, MONDAY));
        assertEquals(d("2026-08-02"), c.handlingLimit(DJ, S, 1, MONDAY));
        assertEquals(d("2026-05-02"), c.handlingLimit(YQ, SuggestionKind.INTER_SESSION_OPINION, 2, MONDAY));
        assertEquals(d("2026-09-02"), c.handlingLimit(YQ, S, 1, MONDAY));
    }

    // --- dual evaluation (双测评) -----------------------------------------------------------------------------

    @Test
    public void dualEvaluationIsOffByDefault() {
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), map());
        for (long r : new long[] { AH, HB, DJ, GY, YQ }) {
            assertFalse(c.dualEvaluation(r));
        }
    }

    @Test
    public void dualEvaluationIsInheritedDownTheTree() {
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), map());
        c.addOverride(override("region", "HB", "evaluation.dual", "true"));
        c.addOverride(override("region", "DJ", "rule.ROUTE_COUNTY", "5D"));
        assertTrue(c.dualEvaluation(HB));
        assertTrue(c.dualEvaluation(DJ));
        assertTrue(c.dualEvaluation(GY));
        assertFalse(c.dualEvaluation(AH));
        assertFalse(c.dualEvaluation(YQ));
        c.addOverride(override("region", "DJ", "evaluation.dual", "false"));
        assertFalse(c.dualEvaluation(DJ));
        assertFalse(c.dualEvaluation(GY));
        assertTrue(c.dualEvaluation(HB));
    }

    @Test
    public void globalDualEvaluationCanBeTurnedOffPerRegion() {
        HandlingClockImpl c = new HandlingClockImpl(new StubRegions(), map("evaluation.dual", "true"));
        c.addOverride(override("region", "DJ", "evaluation.dual", "false"));
        assertTrue(c.dualEvaluation(YQ));
        assertTrue(c.dualEvaluation(HB));
        assertFalse(c.dualEvaluation(DJ));
        assertFalse(c.dualEvaluation(GY));
    }

    @Test
    public void overrideNeedsARegionCode() {
        for (Map<String, Object> bad : List.of(map("rule.ROUTE_COUNTY", "5D"), map("region", " "))) {
            try {
                new RegionClockOverride(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("region"));
            }
        }
        assertEquals("DJ", override("region", " DJ ").regionCode());
    }
}

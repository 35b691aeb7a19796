package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.SuggestionKind;

public class ClockSettingsTest {

    @Test
    public void unsetValuesAreNullSoTheyCanBeInherited() {
        ClockSettings s = ClockSettings.parse(Map.of("service.pid", "org.lianxin.clock", "zone", "Asia/Shanghai"));
        for (ClockRule rule : ClockRule.values()) {
            assertNull(s.period(SuggestionKind.SESSION_SUGGESTION, rule));
            assertNull(s.period(null, rule));
        }
        assertNull(s.workingDays());
        assertNull(s.dualEvaluation());
        assertNull(ClockSettings.EMPTY.period(null, ClockRule.SUPERVISION));
    }

    @Test
    public void perKindKeyBeatsRuleKey() {
        ClockSettings s = ClockSettings.parse(Map.of("rule.SESSION_REPLY", "2M",
                "rule.MOTION.SESSION_REPLY", "4M"));
        assertEquals("4M", s.period(SuggestionKind.MOTION, ClockRule.SESSION_REPLY).toString());
        assertEquals("2M", s.period(SuggestionKind.SESSION_SUGGESTION, ClockRule.SESSION_REPLY).toString());
        assertEquals("2M", s.period(null, ClockRule.SESSION_REPLY).toString());
        assertNull(s.period(SuggestionKind.MOTION, ClockRule.SESSION_MAX));
    }

    @Test
    public void daysAndDualEvaluation() {
        assertEquals(Boolean.TRUE, ClockSettings.parse(Map.of("days", "WORKING")).workingDays());
        assertEquals(Boolean.TRUE, ClockSettings.parse(Map.of("days", " working ")).workingDays());
        assertEquals(Boolean.FALSE, ClockSettings.parse(Map.of("days", "CALENDAR")).workingDays());
        assertEquals(Boolean.TRUE, ClockSettings.parse(Map.of("evaluation.dual", "true")).dualEvaluation());
        assertEquals(Boolean.FALSE, ClockSettings.parse(Map.of("evaluation.dual", "false")).dualEvaluation());
        assertEquals(Boolean.TRUE, ClockSettings.parse(Map.of("evaluation.dual", Boolean.TRUE)).dualEvaluation());
    }

    @Test
    public void badPeriodNamesTheKeyAndValue() {
        IllegalArgumentException e = bad(Map.of("rule.ROUTE_COUNTY", "five days"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("rule.ROUTE_COUNTY: "));
        assertTrue(e.getMessage(), e.getMessage().contains("'five days'"));
        e = bad(Map.of("rule.INTER_SESSION_OPINION.SUPERVISION", ""));
        assertTrue(e.getMessage(), e.getMessage().startsWith("rule.INTER_SESSION_OPINION.SUPERVISION: "));
    }

    @Test
    public void unknownRuleKeysAreNamed() {
        for (String key : new String[] { "rule.ROUTE_VILLAGE", "rule.PETITION.SESSION_REPLY",
                "rule.MOTION.REPLY_SOON", "rule.MOTION.SESSION_REPLY.X", "rule.", "rule.route_county" }) {
            IllegalArgumentException e = bad(Map.of(key, "3D"));
            assertTrue(e.getMessage(), e.getMessage().startsWith(key + ": unknown rule"));
        }
    }

    @Test
    public void badDaysValueIsNamed() {
        IllegalArgumentException e = bad(Map.of("days", "WEEKDAYS"));
        assertTrue(e.getMessage(), e.getMessage().startsWith("days: "));
        assertTrue(e.getMessage(), e.getMessage().contains("'WEEKDAYS'"));
    }

    private static IllegalArgumentException bad(Map<String, ?> config) {
        try {
            ClockSettings.parse(config);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("accepted " + config);
    }
}

package org.lianxin.core.internal.clock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.core.internal.clock.PeriodSpec.Unit;

public class PeriodSpecTest {

    @Test
    public void parsesTheThreeUnits() {
        assertEquals(new PeriodSpec(7, Unit.DAYS), PeriodSpec.parse("7D"));
        assertEquals(new PeriodSpec(5, Unit.WORKING_DAYS), PeriodSpec.parse("5WD"));
        assertEquals(new PeriodSpec(1, Unit.MONTHS), PeriodSpec.parse("1M"));
    }

    @Test
    public void acceptsLowerCaseAndSpaces() {
        assertEquals(new PeriodSpec(5, Unit.WORKING_DAYS), PeriodSpec.parse(" 5 wd "));
        assertEquals(new PeriodSpec(3, Unit.MONTHS), PeriodSpec.parse("3m"));
        assertEquals(new PeriodSpec(0, Unit.DAYS), PeriodSpec.parse("0D"));
    }

    @Test
    public void toStringRoundTrips() {
        for (String text : new String[] { "0D", "7D", "5WD", "1M", "6M", "30WD", "9999D" }) {
            assertEquals(text, PeriodSpec.parse(text).toString());
            assertEquals(PeriodSpec.parse(text), PeriodSpec.parse(PeriodSpec.parse(text).toString()));
        }
    }

    @Test
    public void everyDefaultPeriodParsesAndRoundTrips() {
        for (ClockRule rule : ClockRule.values()) {
            assertEquals(rule.name(), rule.defaultPeriod(), PeriodSpec.parse(rule.defaultPeriod()).toString());
        }
    }

    @Test
    public void rejectsWhatIsNotAPeriodNamingTheText() {
        for (String text : new String[] { "", "D", "7", "7W", "-1D", "1.5M", "7 days", "一月", "12345D", "1Y" }) {
            try {
                PeriodSpec.parse(text);
                fail("accepted '" + text + "'");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("'" + text + "'"));
            }
        }
        try {
            PeriodSpec.parse(null);
            fail("accepted null");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not a period"));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsNegativeAmount() {
        new PeriodSpec(-1, Unit.DAYS);
    }
}

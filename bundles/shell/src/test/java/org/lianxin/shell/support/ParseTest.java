package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.RouteTier;
import org.lianxin.api.dto.SuggestionState;

public class ParseTest {

    @Test
    public void digitsAreAnIdAnythingElseIsACodeOrLedgerNumber() {
        assertEquals(OptionalLong.of(42), Parse.id("42"));
        assertEquals(OptionalLong.of(42), Parse.id(" 42 "));
        assertFalse(Parse.id("DJ-2023-000123").isPresent());
        assertFalse(Parse.id("-5").isPresent());
        assertFalse(Parse.id("").isPresent());
        assertFalse(Parse.id(null).isPresent());
        assertFalse(Parse.id("99999999999999999999").isPresent()); // too long for a long
    }

    @Test
    public void enumsIgnoreCaseAndAcceptDashes() {
        assertEquals(RouteTier.COUNTY, Parse.enumValue(RouteTier.class, "county", "tier"));
        assertEquals(SuggestionState.PRE_ASSIGNED, Parse.enumValue(SuggestionState.class, "pre-assigned", "--state"));
        assertNull(Parse.enumValue(RouteTier.class, " ", "tier"));
    }

    @Test
    public void unknownEnumValueNamesTheOptionAndTheChoices() {
        try {
            Parse.enumValue(RouteTier.class, "PROVINCE", "tier");
        } catch (ValidationException e) {
            assertEquals("tier", e.field());
            assertTrue(e.getMessage(), e.getMessage().contains("TOWNSHIP, COUNTY, CITY"));
            return;
        }
        throw new AssertionError("no ValidationException");
    }

    @Test
    public void statesMayRepeatOrBeCommaSeparated() {
        assertEquals(EnumSet.of(SuggestionState.ASSIGNED, SuggestionState.HANDLING, SuggestionState.REPLIED),
                Parse.enumSet(SuggestionState.class, List.of("assigned,handling", "REPLIED"), "--state"));
        assertTrue(Parse.enumSet(SuggestionState.class, null, "--state").isEmpty());
    }

    @Test
    public void dates() {
        assertEquals(LocalDate.of(2024, 2, 29), Parse.date("2024-02-29", "--date"));
        assertNull(Parse.date(null, "--date"));
    }

    @Test(expected = ValidationException.class)
    public void badDate() {
        Parse.date("2024-02-30", "--date");
    }
}

package org.lianxin.rest.internal.param;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.LocalDate;

import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.rest.internal.error.InvalidInputException;

public class ParamConvertersTest {
    private final ParamConverters converters = new ParamConverters();

    private static Annotation[] query(String name) {
        return new Annotation[] { new QueryParam() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }

            @Override
            public String value() {
                return name;
            }
        } };
    }

    private <T> T convert(Class<T> type, String name, String value) {
        ParamConverter<T> c = converters.getConverter(type, type, query(name));
        return c.fromString(value);
    }

    private void assertRefused(Class<?> type, String name, String value, String inMessage) {
        try {
            convert(type, name, value);
            fail(value + " accepted as " + type.getSimpleName());
        } catch (InvalidInputException e) {
            assertEquals(name, e.field());
            assertTrue(e.getMessage(), e.getMessage().contains(inMessage));
            assertEquals(400, e.getResponse().getStatus());
        }
    }

    @Test
    public void convertsTheTypesOfTheApi() {
        assertEquals(Long.valueOf(12), convert(Long.class, "regionId", " 12 "));
        assertEquals(Integer.valueOf(5), convert(Integer.class, "limit", "5"));
        assertEquals(Boolean.TRUE, convert(Boolean.class, "overdue", "TRUE"));
        assertEquals(Boolean.FALSE, convert(Boolean.class, "overdue", "false"));
        assertEquals(LocalDate.of(2026, 2, 28), convert(LocalDate.class, "from", "2026-02-28"));
        assertEquals(SuggestionState.EXPLANATION_REQUIRED, convert(SuggestionState.class, "state",
                "explanation-required"));
        assertNull("empty means absent", convert(Long.class, "regionId", ""));
        assertNull(converters.getConverter(String.class, String.class, query("q")));
    }

    @Test
    public void refusesBadValuesNamingTheParameter() {
        assertRefused(Long.class, "regionId", "abc", "not an integer");
        assertRefused(Integer.class, "limit", "99999999999", "not an integer");
        assertRefused(Boolean.class, "overdue", "maybe", "true or false");
        assertRefused(LocalDate.class, "to", "2026-02-30", "yyyy-MM-dd");
        assertRefused(SuggestionState.class, "state", "BOGUS", "REGISTERED");
    }

    /** Found by FuzzIT: {@code GET /suggestions?state=} was a 500 (a null in the set of states). */
    @Test
    public void anEmptyValueOfARepeatedParameterReadsAsAbsent() {
        ParamConverter<SuggestionState> c = converters.getConverter(SuggestionState.class, SuggestionState.class,
                query("state"));
        assertEquals(java.util.Set.of(), ParamConverters.values(java.util.Arrays.asList(c.fromString(""))));
        assertEquals(java.util.Set.of(SuggestionState.REGISTERED), ParamConverters.values(java.util.Arrays.asList(
                c.fromString("registered"), c.fromString(" "))));
        assertEquals(java.util.Set.of(), ParamConverters.values(null));
    }

    /** Found by FuzzIT: a date the database cannot store is refused here, not by the database with a 500. */
    @Test
    public void datesOutsideWhatTheDatabaseStoresAreRefused() {
        assertRefused(LocalDate.class, "from", "+99999-01-01", "between 1 and 9999");
        assertRefused(LocalDate.class, "from", "0000-01-01", "between 1 and 9999");
        assertEquals(LocalDate.of(9999, 12, 31), convert(LocalDate.class, "to", "9999-12-31"));
    }

    @Test
    public void pagingDefaultsAndBounds() {
        assertEquals(PageRequest.of(0, 50), Paging.of(null, null));
        assertEquals(PageRequest.of(10, 500), Paging.of(10, 500));
        for (int[] bad : new int[][] { { -1, 10 }, { 0, 0 }, { 0, 501 } }) {
            try {
                Paging.of(bad[0], bad[1]);
                fail("accepted " + bad[0] + "/" + bad[1]);
            } catch (InvalidInputException e) {
                assertEquals(bad[0] < 0 ? "offset" : "limit", e.field());
            }
        }
    }

    @Test
    public void requireNamesTheField() {
        assertEquals("x", Require.text("x", "title", 200));
        String[][] cases = { { null, "title" }, { " ", "title" }, { "x".repeat(201), "title" } };
        for (String[] c : cases) {
            try {
                Require.text(c[0], c[1], Require.TITLE);
                fail("accepted " + c[0]);
            } catch (ValidationException e) {
                assertEquals(c[1], e.field());
            }
        }
        try {
            Require.notEmpty(java.util.Arrays.asList(1L, null), "deputyIds");
            fail();
        } catch (ValidationException e) {
            assertEquals("deputyIds", e.field());
        }
        try {
            Require.body(null, "reply");
            fail();
        } catch (ValidationException e) {
            assertEquals("reply", e.field());
        }
    }
}

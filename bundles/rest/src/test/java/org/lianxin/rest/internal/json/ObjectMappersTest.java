package org.lianxin.rest.internal.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.ws.rs.core.MediaType;

import org.junit.Test;
import org.lianxin.rest.internal.error.InvalidInputException;

public class ObjectMappersTest {
    public record Dated(String title, LocalDate heldOn) {
    }

    private static Dated read(String json) throws Exception {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Class<Object> type = (Class) Dated.class;
        return (Dated) new JsonProvider(ObjectMappers.create()).readFrom(type, Dated.class, null,
                MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void datesAreReadAsIso() throws Exception {
        assertEquals(LocalDate.of(2026, 3, 1), read("{\"title\":\"x\",\"heldOn\":\"2026-03-01\"}").heldOn());
        assertEquals(LocalDate.of(9999, 12, 31), read("{\"heldOn\":\"9999-12-31\"}").heldOn());
        assertEquals(null, read("{\"heldOn\":null}").heldOn());
    }

    /**
     * Found by FuzzIT: {@code -999999999-01-01} was read, then refused by the database ("date/time value is out of
     * range") as a 500 in core's duty records and voter reports and in the studio and litigation practices.
     */
    @Test
    public void aDateTheDatabaseCannotStoreIsA400NamingTheField() throws Exception {
        for (String date : new String[] { "-999999999-01-01", "+10000-01-01", "0000-12-31" }) {
            try {
                read("{\"heldOn\":\"" + date + "\"}");
                fail(date + " accepted");
            } catch (InvalidInputException e) {
                assertEquals("heldOn", e.field());
                assertEquals(400, e.getResponse().getStatus());
                assertTrue(e.getMessage(), e.getMessage().contains("date"));
            }
        }
    }
}

package org.lianxin.core.internal.suggestion;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The key=value data stored with every lifecycle event survives encoding whatever the values hold. */
public class SuggestionMapperDataTest {

    @Test
    public void roundTripOfAwkwardValues() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("reason", "道路破损，群众出行不便");
        data.put("formula", "a=b=c");
        data.put("note", "第一行\n第二行\r\n第三行");
        data.put("rate", "94.26% done, 100%");
        data.put("plus", "1 + 1 & x?y#z");
        data.put("empty", "");
        data.put("emoji", "连心桥 🌉");
        String encoded = SuggestionMapper.encode(data);
        assertEquals(data, SuggestionMapper.decode(encoded));
        assertEquals(List.copyOf(data.keySet()), List.copyOf(SuggestionMapper.decode(encoded).keySet()));
        // one line per entry: newlines inside values do not break lines
        assertEquals(data.size(), encoded.split("\n").length);
    }

    @Test
    public void encodedTextIsReadableKeyValueLines() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("deadline", "2026-03-09");
        data.put("rule", "TOWNSHIP_REVIEW 7D");
        assertEquals("deadline=2026-03-09\nrule=TOWNSHIP_REVIEW+7D\n", SuggestionMapper.encode(data));
    }

    @Test
    public void nullValueBecomesEmpty() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("k", null);
        assertEquals(Map.of("k", ""), SuggestionMapper.decode(SuggestionMapper.encode(data)));
    }

    @Test
    public void emptyDataIsStoredAsNull() {
        assertNull(SuggestionMapper.encode(Map.of()));
        assertTrue(SuggestionMapper.decode(null).isEmpty());
        assertTrue(SuggestionMapper.decode("").isEmpty());
    }

    @Test
    public void linesWithoutKeyAreIgnored() {
        Map<String, String> decoded = SuggestionMapper.decode("a=1\ngarbage\n=nokey\nb=%E6%BB%A1%E6%84%8F\n");
        assertEquals(Map.of("a", "1", "b", "满意"), decoded);
        assertFalse(decoded.containsKey(""));
    }
}

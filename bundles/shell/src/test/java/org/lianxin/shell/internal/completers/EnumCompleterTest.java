package org.lianxin.shell.internal.completers;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.Test;

public class EnumCompleterTest {

    /** The command line "suggestion:route 12 <typed>" with the cursor at the end. */
    private static CommandLine typing(String typed) {
        String buffer = "suggestion:route 12 " + typed;
        return new CommandLine() {
            public int getCursorArgumentIndex() { return 2; }
            public String getCursorArgument() { return typed; }
            public int getArgumentPosition() { return typed.length(); }
            public String[] getArguments() { return new String[] {"suggestion:route", "12", typed}; }
            public int getBufferPosition() { return buffer.length(); }
            public String getBuffer() { return buffer; }
        };
    }

    @Test
    public void completesTheConstantsMatchingWhatWasTyped() {
        List<String> out = new ArrayList<>();
        int at = new RouteTierCompleter().complete(null, typing("C"), out);
        assertEquals(List.of("COUNTY", "CITY"), out);
        assertEquals("suggestion:route 12 ".length(), at);
    }

    @Test
    public void nothingMatchesGivesMinusOne() {
        assertEquals(-1, new RouteTierCompleter().complete(null, typing("X"), new ArrayList<>()));
    }

    @Test
    public void candidatesCarryTheValues() {
        List<Candidate> out = new ArrayList<>();
        new SuggestionStateCompleter().completeCandidates(null, typing(""), out);
        assertEquals(16, out.size());
        assertEquals("PRE_SUBMITTED", out.get(0).value());
    }
}

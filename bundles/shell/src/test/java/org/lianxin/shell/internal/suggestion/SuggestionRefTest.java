package org.lianxin.shell.internal.suggestion;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Suggestion;

public class SuggestionRefTest {

    private static Suggestion byId(long id) {
        return SuggestionFixtures.suggestion(id, "DJ-2023-" + id, "标题");
    }

    private static Suggestion byLedger(String no) {
        if (!no.startsWith("DJ-")) {
            throw new NotFoundException("suggestion", no);
        }
        return SuggestionFixtures.suggestion(9, no, "标题");
    }

    @Test
    public void digitsResolveById() {
        assertEquals(123, SuggestionRef.resolve(" 123 ", SuggestionRefTest::byId, SuggestionRefTest::byLedger).id());
    }

    @Test
    public void anythingElseResolvesByLedgerNumber() {
        assertEquals("DJ-2023-000123",
                SuggestionRef.resolve("DJ-2023-000123", SuggestionRefTest::byId, SuggestionRefTest::byLedger).ledgerNo());
    }

    @Test(expected = NotFoundException.class)
    public void unknownLedgerNumberIsNotFound() {
        SuggestionRef.resolve("XX-1", SuggestionRefTest::byId, SuggestionRefTest::byLedger);
    }

    @Test(expected = ValidationException.class)
    public void blankIsRefused() {
        SuggestionRef.resolve(" ", SuggestionRefTest::byId, SuggestionRefTest::byLedger);
    }

    @Test
    public void labelFallsBackToIdWhilePreSubmitted() {
        assertEquals("#5", SuggestionRef.label(SuggestionFixtures.suggestion(5, null, "草稿")));
        assertEquals("DJ-2023-000001", SuggestionRef.label(SuggestionFixtures.suggestion(1, "DJ-2023-000001", "x")));
    }
}

package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;

public class PagingTest {

    @Test
    public void summaryCountsFromOne() {
        assertEquals("showing 51-53 of 53", Paging.summary(new Page<>(List.of("a", "b", "c"), 53, 50, 50)));
        assertEquals("showing 1-1 of 1", Paging.summary(new Page<>(List.of("a"), 1, 0, 50)));
        assertEquals("showing 0 of 0", Paging.summary(new Page<>(List.of(), 0, 0, 50)));
        assertEquals("showing 0 of 12", Paging.summary(new Page<>(List.of(), 12, 100, 50)));
    }

    @Test
    public void requestIsValidatedWithTheOptionName() {
        assertEquals(PageRequest.of(10, 20), Paging.request(10, 20));
        try {
            Paging.request(0, 501);
        } catch (ValidationException e) {
            assertEquals("--limit", e.field());
            return;
        }
        throw new AssertionError("no ValidationException");
    }

    @Test(expected = ValidationException.class)
    public void negativeOffsetIsRefused() {
        Paging.request(-1, 50);
    }
}

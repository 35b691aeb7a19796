package org.lianxin.practice.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class IdListsTest {

    @Test
    public void idsAreStoredAscendingAndReadBack() {
        assertEquals("2,5,11", IdLists.store(List.of(11L, 2L, 5L)));
        assertEquals(List.of(2L, 5L, 11L), IdLists.parse("2,5,11"));
        assertTrue(IdLists.parse("").isEmpty());
        assertTrue(IdLists.parse(null).isEmpty());
        assertEquals("", IdLists.store(List.of()));
    }
}

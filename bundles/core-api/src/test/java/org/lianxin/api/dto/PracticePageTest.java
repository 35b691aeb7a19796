package org.lianxin.api.dto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class PracticePageTest {

    @Test
    public void aTablePageIsServedAtItsListEndpoint() {
        PracticePage p = PracticePage.table("studios", "代表工作室", "Deputy studios",
                PracticePage.column("name", "名称", "Name"), PracticePage.column("members", "成员", "Members"));
        assertEquals("studios", p.path());
        assertEquals("studios", p.listApi());
        assertEquals(List.of(new PracticeColumn("name", "名称", "Name"), new PracticeColumn("members", "成员", "Members")),
                p.columns());
    }

    @Test
    public void aLinkOnlyPageHasNoTable() {
        PracticePage p = new PracticePage("map", "地图", "Map");
        assertNull(p.listApi());
        assertTrue(p.columns().isEmpty());
    }

    @Test
    public void theColumnsAreCopied() {
        List<PracticeColumn> cols = new ArrayList<>(List.of(new PracticeColumn("a", "甲", "A")));
        PracticePage p = new PracticePage("x", "X", "X", "x", cols);
        cols.clear();
        assertEquals(1, p.columns().size());
        assertTrue(new PracticePage("y", "Y", "Y", "y", null).columns().isEmpty());
    }
}

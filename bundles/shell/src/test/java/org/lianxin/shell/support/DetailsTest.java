package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class DetailsTest {

    @Test
    public void labelsAlignAndEmptyValuesAreLeftOut() {
        List<String> lines = new Details().add("ID", 7).add("Title", "修建村道").add("Reply", null).add("Note", " ")
                .always("Children", 0).add("Content", "第一行\n第二行").render();
        assertEquals(List.of(
                "ID       : 7",
                "Title    : 修建村道",
                "Children : 0",
                "Content  : 第一行",
                "           第二行"), lines);
    }
}

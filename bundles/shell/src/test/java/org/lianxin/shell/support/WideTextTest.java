package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class WideTextTest {

    @Test
    public void countsIdeographsAndFullWidthPunctuationAsTwoColumns() {
        assertEquals(5, WideText.width("abc12"));
        assertEquals(8, WideText.width("修建村道"));
        assertEquals(14, WideText.width("（村道）、《》"));
        assertEquals(0, WideText.width(null));
        assertEquals(2, WideText.width("\uD840\uDC0B")); // U+2000B, CJK extension B
    }

    @Test
    public void shortTextIsKeptOnOneLine() {
        assertEquals("修建 村道", WideText.truncate(" 修建\n村道\t", 20));
    }

    @Test
    public void truncatesByDisplayWidthNotByChars() {
        String title = "关于加快修建东社区至西社区村道的建议";
        String cut = WideText.truncate(title, 13);
        assertEquals("关于加快修...", cut);
        assertEquals(13, WideText.width(cut));
    }

    @Test
    public void neverSplitsAWideCharacterOrASurrogatePair() {
        assertEquals("ab...", WideText.truncate("ab修建村道", 6)); // 修 would need columns 3-4, only 3 left
        assertEquals("a...", WideText.truncate("a\uD840\uDC0B\uD840\uDC0Bxyz", 5));
    }

    @Test
    public void tinyWidthsStillTerminate() {
        assertEquals("..", WideText.truncate("修建村道", 2));
        assertEquals("", WideText.truncate("修建村道", 0));
    }
}

package org.lianxin.shell.support;

/**
 * Terminal display width of text: CJK ideographs, kana, hangul and full-width forms take two columns, control
 * characters none, everything else one (East Asian "ambiguous" characters count as one, as most terminals do).
 */
public final class WideText {

    public static final String ELLIPSIS = "...";

    private WideText() {
    }

    public static int width(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    public static int width(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(WideText::width).sum();
    }

    /** How many double-width characters the text holds. */
    public static int wideCount(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(WideText::isWide).count();
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f) // hangul jamo
                || (cp >= 0x2e80 && cp <= 0x303e) // CJK radicals, punctuation 、。《》「」
                || (cp >= 0x3041 && cp <= 0x33ff) // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4dbf) // CJK extension A
                || (cp >= 0x4e00 && cp <= 0x9fff) // CJK unified ideographs
                || (cp >= 0xa000 && cp <= 0xa4cf) // yi
                || (cp >= 0xac00 && cp <= 0xd7a3) // hangul syllables
                || (cp >= 0xf900 && cp <= 0xfaff) // CJK compatibility ideographs
                || (cp >= 0xfe30 && cp <= 0xfe4f) // CJK compatibility forms
                || (cp >= 0xff00 && cp <= 0xff60) // full-width forms （），：
                || (cp >= 0xffe0 && cp <= 0xffe6) // full-width signs ￥
                || (cp >= 0x1f300 && cp <= 0x1f64f) // emoji
                || (cp >= 0x20000 && cp <= 0x3fffd); // CJK extensions B and later
    }

    /** Text on one line: line breaks and tabs become spaces, runs of blanks collapse, ends are trimmed. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("[\\s\\u3000]+", " ").trim();
    }

    /**
     * The text on one line, cut to at most {@code maxWidth} display columns; a cut text ends with
     * {@link #ELLIPSIS}. Never splits a character (surrogate pairs stay whole).
     */
    public static String truncate(String text, int maxWidth) {
        String line = oneLine(text);
        if (width(line) <= maxWidth) {
            return line;
        }
        int budget = maxWidth - ELLIPSIS.length();
        if (budget <= 0) {
            return ELLIPSIS.substring(0, Math.max(0, maxWidth));
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            int w = width(cp);
            if (used + w > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return out.toString().stripTrailing() + ELLIPSIS;
    }

    /** The text followed by spaces up to {@code width} display columns. */
    public static String padRight(String text, int width) {
        String s = text == null ? "" : text;
        return s + " ".repeat(Math.max(0, width - width(s)));
    }
}

package org.lianxin.api.dto;

import java.math.BigDecimal;

/** The yearly grade of a score (DOMAIN.md §5): 60 一般, 75 好, 90 and more 优秀. */
public enum Grade {
    POOR("较差", 0), AVERAGE("一般", 60), GOOD("好", 75), EXCELLENT("优秀", 90);

    private final String zh;
    private final int from;

    Grade(String zh, int from) {
        this.zh = zh;
        this.from = from;
    }

    public String zh() {
        return zh;
    }

    /** The lowest score of the grade. */
    public int from() {
        return from;
    }

    public static Grade of(BigDecimal score) {
        Grade[] all = values();
        for (int i = all.length - 1; i > 0; i--) {
            if (score.compareTo(BigDecimal.valueOf(all[i].from)) >= 0) {
                return all[i];
            }
        }
        return POOR;
    }
}

package org.lianxin.api.dto;

import java.util.List;

/** The figures of one practice for a region; {@code error} says why they are missing when the practice failed. */
public record PracticeFigures(String practiceId, String nameZh, String nameEn, List<PracticeFigure> figures, String error) {
    public PracticeFigures {
        figures = List.copyOf(figures);
    }
}

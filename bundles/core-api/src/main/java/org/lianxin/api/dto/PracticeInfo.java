package org.lianxin.api.dto;

import java.util.List;

/** An installed practice plugin as core sees it; {@code activeRegions} are region codes (each with its subtree). */
public record PracticeInfo(String id, String nameZh, String nameEn, String version, String description,
        List<String> contributions, List<PracticePage> pages, List<String> activeRegions) {
    public PracticeInfo {
        contributions = List.copyOf(contributions);
        pages = List.copyOf(pages);
        activeRegions = List.copyOf(activeRegions);
    }
}

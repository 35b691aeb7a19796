package org.lianxin.api.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An installed practice plugin as core sees it. */
public record PracticeInfo(String id, String nameZh, String nameEn, String version, String description, List<String> contributions, List<String> activeRegions) {
    public PracticeInfo {
        contributions = List.copyOf(contributions);
        activeRegions = List.copyOf(activeRegions);
    }
}

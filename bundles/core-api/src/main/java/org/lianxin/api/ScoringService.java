package org.lianxin.api;

import org.lianxin.api.dto.DeputyScore;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.Ranking;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.dto.ScoringTable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Deputies' performance scores (履职积分, DOMAIN.md §5), computed from the recorded data by the region's scoring
 * table, never typed in.
 */
@ProviderType
public interface ScoringService {

    /** The table that applies to a region: its own, else its nearest ancestor's, else the default. */
    ScoringTable table(long regionId);

    DeputyScore score(long deputyId, ScorePeriod period);

    /** Exactly one of {@code regionId} and {@code groupId}. */
    Ranking ranking(Long regionId, Long groupId, ScorePeriod period, PageRequest page);
}

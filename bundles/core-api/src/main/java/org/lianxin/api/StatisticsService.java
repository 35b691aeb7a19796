package org.lianxin.api;

import java.time.LocalDate;
import java.util.List;

import org.lianxin.api.dto.DeputyActivity;
import org.lianxin.api.dto.KpiDefinition;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.StationActivity;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.dto.SubmissionRate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The statistics people publish (DOMAIN.md §6), defined once and computed by aggregate queries in the database;
 * REST, the console and the exports all read them from here.
 */
@ProviderType
public interface StatisticsService {

    /** Every figure of {@link org.lianxin.api.dto.Kpis} and the activity tables, with its definition. */
    List<KpiDefinition> definitions();

    /** Completion, success, on-time, satisfaction and A/B/C figures, in total and broken down. */
    StatsTable suggestions(StatsQuery query);

    /** Per deputy of the region (and the regions under it), by deputy id. */
    Page<DeputyActivity> deputies(long regionId, LocalDate from, LocalDate to, PageRequest page);

    /** Per station of the region (and the regions under it), by station id. */
    Page<StationActivity> stations(long regionId, LocalDate from, LocalDate to, PageRequest page);

    SubmissionRate submission(long regionId, LocalDate from, LocalDate to);
}

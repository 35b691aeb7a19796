package org.lianxin.api;

import java.util.List;

import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.ExportFormat;
import org.lianxin.api.dto.ExportKind;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.SuggestionQuery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Spreadsheet exports (xlsx, or CSV in UTF-8 with a BOM) with Chinese column headers, or their stable keys when
 * {@code keys} is true. Figures come from the same services as the REST API and the console.
 */
@ProviderType
public interface ExportService {

    /** The columns of an export: stable key and Chinese header. */
    List<ExportColumn> columns(ExportKind kind);

    PreparedExport ledger(SuggestionQuery query, ExportFormat format, boolean keys);

    PreparedExport assignments(SuggestionQuery query, ExportFormat format, boolean keys);

    PreparedExport statistics(StatsQuery query, ExportFormat format, boolean keys);

    /** The ranking of a region or group (exactly one of the two) with every deputy's score. */
    PreparedExport scores(Long regionId, Long groupId, ScorePeriod period, ExportFormat format, boolean keys);
}

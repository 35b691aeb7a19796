package org.lianxin.core.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.lianxin.api.ExportService;
import org.lianxin.api.HandlingClock;
import org.lianxin.api.PreparedExport;
import org.lianxin.api.ScoringService;
import org.lianxin.api.StatisticsService;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.ExportColumn;
import org.lianxin.api.dto.ExportFormat;
import org.lianxin.api.dto.ExportKind;
import org.lianxin.api.dto.Kpis;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.RankedScore;
import org.lianxin.api.dto.Ranking;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsRow;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.dto.SuggestionQuery;
import org.lianxin.core.internal.db.CoreSchema;
import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.stats.Breakdown;
import org.lianxin.core.internal.suggestion.LedgerChunks;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Clocks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ExportService.class)
public class ExportServiceImpl implements ExportService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Tx tx;
    private final DataSource dataSource;
    private final HandlingClock clock;
    private final StatisticsService statistics;
    private final ScoringService scoring;

    @Activate
    public ExportServiceImpl(@Reference Tx tx,
            @Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            @Reference HandlingClock clock, @Reference StatisticsService statistics, @Reference ScoringService scoring,
            @Reference CoreSchema schemaReady) {
        this.tx = tx;
        this.dataSource = dataSource;
        this.clock = clock;
        this.statistics = statistics;
        this.scoring = scoring;
    }

    @Override
    public List<ExportColumn> columns(ExportKind kind) {
        if (kind == null) {
            throw new ValidationException("kind", "is required");
        }
        return ExportColumns.of(kind);
    }

    @Override
    public PreparedExport ledger(SuggestionQuery query, ExportFormat format, boolean keys) {
        return suggestions(ExportKind.LEDGER, query, format, keys);
    }

    @Override
    public PreparedExport assignments(SuggestionQuery query, ExportFormat format, boolean keys) {
        return suggestions(ExportKind.ASSIGNMENTS, query, format, keys);
    }

    private PreparedExport suggestions(ExportKind kind, SuggestionQuery query, ExportFormat format, boolean keys) {
        SuggestionQuery q = query == null ? SuggestionQuery.all() : query;
        LocalDate today = clock.today();
        LedgerChunks.check(tx, q, today);
        return prepared(kind, format, keys, sink -> {
            Names names = Names.load(dataSource);
            LedgerChunks.forEach(tx, q, today, chunk -> {
                for (SuggestionEntity s : chunk) {
                    sink.row(kind == ExportKind.LEDGER ? ledgerRow(s, names, today) : assignmentRow(s, names, today));
                }
            });
        });
    }

    private static List<Object> ledgerRow(SuggestionEntity s, Names n, LocalDate today) {
        return Arrays.asList(s.ledgerNo, s.title, s.kind, Breakdown.categoryZh(s.category), Labels.state(s.state),
                n.region(s.regionId), n.deputies(IdList.parse(s.deputyIds)), n.unit(s.leadUnitId),
                n.units(IdList.parse(s.coUnitIds)), s.assignedOn, s.deadline,
                s.repliedAt == null ? null : Clocks.instant(s.repliedAt), s.resultClass, Labels.rating(s.rating),
                Labels.yes(s.supervised), Labels.yes(overdue(s, today)), Clocks.instant(s.createdAt));
    }

    private static List<Object> assignmentRow(SuggestionEntity s, Names n, LocalDate today) {
        return Arrays.asList(s.ledgerNo, s.title, Labels.tier(s.routeTier), n.unit(s.leadUnitId),
                n.units(IdList.parse(s.coUnitIds)), s.assignedOn, s.deadline, s.extensionDays, Labels.state(s.state),
                Labels.yes(overdue(s, today)));
    }

    private static boolean overdue(SuggestionEntity s, LocalDate today) {
        return s.deadline != null && s.deadline.isBefore(today) && s.repliedAt == null
                && !("MERGED".equals(s.state) || "CLOSED".equals(s.state));
    }

    @Override
    public PreparedExport statistics(StatsQuery query, ExportFormat format, boolean keys) {
        StatsTable t = statistics.suggestions(query);
        return prepared(ExportKind.STATISTICS, format, keys, sink -> {
            for (StatsRow r : t.rows()) {
                sink.row(kpiRow(r.key(), r.label(), r.kpis()));
            }
            sink.row(kpiRow("total", "合计", t.total()));
        });
    }

    private static List<Object> kpiRow(String key, String label, Kpis k) {
        return Arrays.asList(key, label, k.raised(), k.completed(), k.completionRate(), k.solved(), k.successRate(),
                k.replied(), k.classA(), k.classB(), k.classC(), k.aShare(), k.evaluated(), k.satisfactionRate(),
                k.onTime(), k.onTimeRate(), k.overdueOpen());
    }

    @Override
    public PreparedExport scores(Long regionId, Long groupId, ScorePeriod period, ExportFormat format, boolean keys) {
        // one page of the largest size tells the scope is valid and how many lines follow
        Ranking first = scoring.ranking(regionId, groupId, period, PageRequest.of(0, PageRequest.MAX_LIMIT));
        return prepared(ExportKind.SCORES, format, keys, sink -> {
            Names names = Names.load(dataSource);
            Ranking page = first;
            int offset = 0;
            while (true) {
                for (RankedScore s : page.lines().items()) {
                    sink.row(Arrays.asList(s.rank(), s.deputyId(), s.name(), names.region(s.regionId()), s.total(),
                            s.grade().zh(), s.reminder() ? "是" : ""));
                }
                offset += page.lines().items().size();
                if (offset >= page.lines().total() || page.lines().items().isEmpty()) {
                    return;
                }
                page = scoring.ranking(regionId, groupId, period, PageRequest.of(offset, PageRequest.MAX_LIMIT));
            }
        });
    }

    /** The rows of an export, written to a sink that turns write failures (a closed download) into unchecked ones. */
    interface Rows {
        void write(RowSink sink);
    }

    interface RowSink {
        void row(List<?> values);
    }

    private PreparedExport prepared(ExportKind kind, ExportFormat format, boolean keys, Rows rows) {
        if (format == null) {
            throw new ValidationException("format", "is required: xlsx or csv");
        }
        String file = kind.zh() + "-" + clock.today().format(DAY) + "." + format.extension();
        List<ExportColumn> columns = new ArrayList<>(ExportColumns.of(kind));
        return new PreparedExport() {
            @Override
            public String fileName() {
                return file;
            }

            @Override
            public ExportFormat format() {
                return format;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                TableSink sink = format == ExportFormat.XLSX ? new XlsxSink(out, ZONE, kind.zh())
                        : new CsvSink(out, ZONE);
                try {
                    sink.header(columns, keys);
                    rows.write(values -> {
                        try {
                            sink.row(values);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    sink.close();
                } catch (UncheckedIOException e) {
                    sink.abort();
                    throw e.getCause();
                } catch (IOException | RuntimeException e) {
                    sink.abort();
                    throw e;
                }
            }
        };
    }
}

package org.lianxin.core.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.lianxin.api.security.Callers;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.db.CoreSchema;
import org.lianxin.core.internal.jpa.IdList;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.security.Access;
import org.lianxin.core.internal.security.SecurityAudit;
import org.lianxin.core.internal.stats.Breakdown;
import org.lianxin.core.internal.suggestion.LedgerChunks;
import org.lianxin.core.internal.tx.Tx;
import org.lianxin.core.internal.util.Clocks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheet exports. Administrators, staff and congress leaders export the data of their region and below: a ledger
 * without a region is narrowed to the caller's, a region outside it is refused, and the statistics and scores are
 * checked again by their services. Every export is written to the security audit ({@code EXPORT}). The rows are
 * written later, when the download is read, as the caller who asked for them.
 */
@Component(service = ExportService.class)
public class ExportServiceImpl implements ExportService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<Role> EXPORTERS = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER);
    static final String AUDIT_KIND = "EXPORT";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Tx tx;
    private final DataSource dataSource;
    private final HandlingClock clock;
    private final StatisticsService statistics;
    private final ScoringService scoring;
    private final Access access;
    private final SecurityAudit audit;

    @Activate
    public ExportServiceImpl(@Reference Tx tx,
            @Reference(target = "(osgi.jndi.service.name=lianxin)") DataSource dataSource,
            @Reference HandlingClock clock, @Reference StatisticsService statistics, @Reference ScoringService scoring,
            @Reference CoreSchema schemaReady, @Reference Access access, @Reference SecurityAudit audit) {
        this.tx = tx;
        this.dataSource = dataSource;
        this.clock = clock;
        this.statistics = statistics;
        this.scoring = scoring;
        this.access = access;
        this.audit = audit;
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
        String what = "export the " + kind.name().toLowerCase();
        Identity me = access.require(EXPORTERS, what);
        SuggestionQuery q = scoped(me, query == null ? SuggestionQuery.all() : query, what);
        LocalDate today = clock.today();
        LedgerChunks.check(tx, q, today);
        return prepared(me, kind, "region " + region(q.regionId()), format, keys, sink -> {
            Names names = Names.load(dataSource);
            LedgerChunks.forEach(tx, q, today, chunk -> {
                for (SuggestionEntity s : chunk) {
                    sink.row(kind == ExportKind.LEDGER ? ledgerRow(s, names, today) : assignmentRow(s, names, today));
                }
            });
        });
    }

    /**
     * The query within the caller's scope: a region they asked for must be theirs or below it; without one, their
     * own region and everything below it (a national caller: everything).
     */
    private SuggestionQuery scoped(Identity me, SuggestionQuery q, String what) {
        if (q.regionId() != null) {
            access.requireScope(me, q.regionId(), what);
            return q;
        }
        return narrowed(me, q);
    }

    /** A query without a region, narrowed to the caller's region and below (a national caller's stays as it is). */
    static SuggestionQuery narrowed(Identity me, SuggestionQuery q) {
        if (q.regionId() != null || me.isSystem() || me.regionPath() == null || me.regionId() == null) {
            return q;
        }
        return new SuggestionQuery(me.regionId(), true, q.states(), q.unitId(), q.deputyId(), q.category(), q.kind(),
                q.overdue(), q.from(), q.to(), q.lookBack(), q.supervised(), q.text(), q.sort());
    }

    private static String region(Long regionId) {
        return regionId == null ? "all" : String.valueOf(regionId);
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
        Identity me = access.require(EXPORTERS, "export statistics");
        if (query != null) {
            access.requireScope(me, query.regionId(), "export statistics");
        }
        StatsTable t = statistics.suggestions(query);
        return prepared(me, ExportKind.STATISTICS, "region " + query.regionId(), format, keys, sink -> {
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
        Identity me = access.require(EXPORTERS, "export scores");
        if (regionId != null) {
            access.requireScope(me, regionId, "export scores");
        }
        // the scoring service checks the group's region, and the region again, in the ranking
        // one page of the largest size tells the scope is valid and how many lines follow
        Ranking first = scoring.ranking(regionId, groupId, period, PageRequest.of(0, PageRequest.MAX_LIMIT));
        String scope = regionId != null ? "region " + regionId : "group " + groupId;
        return prepared(me, ExportKind.SCORES, scope, format, keys, sink -> {
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

    /**
     * The export, audited now; its rows are written when the download is read, as {@code me} whatever thread reads
     * it.
     *
     * @param scope "region 3", "region all", "group 5": what the audit says was exported
     */
    private PreparedExport prepared(Identity me, ExportKind kind, String scope, ExportFormat format, boolean keys,
            Rows rows) {
        if (format == null) {
            throw new ValidationException("format", "is required: xlsx or csv");
        }
        audit.record(AUDIT_KIND, me.username(), null, kind.name() + " " + scope + " " + format.name());
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
                    Callers.run(me, () -> rows.write(values -> {
                        try {
                            sink.row(values);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
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

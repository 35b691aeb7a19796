package org.lianxin.core.internal.stats;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.Kpis;
import org.lianxin.api.dto.RegionLevel;
import org.lianxin.api.dto.StatsDimension;
import org.lianxin.api.dto.StatsQuery;
import org.lianxin.api.dto.StatsRow;
import org.lianxin.api.dto.StatsTable;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.testdb.CoreDb;
import org.lianxin.core.internal.testdb.SuggestionRow;

/** The aggregate SQL on a real (in-memory Derby) database with core's schema, reproducing the seeds' figures. */
public class SuggestionStatsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private CoreDb db;
    private StatisticsServiceImpl stats;
    private long city;
    private long county;
    private long town;

    @Before
    public void setUp() throws Exception {
        db = new CoreDb();
        stats = new StatisticsServiceImpl(db.ds, () -> TODAY, () -> Identity.SYSTEM);
        city = db.region("HB", "CITY", null);
        county = db.region("DJ", "COUNTY", city);
        town = db.region("GT", "TOWNSHIP", county);
    }

    @After
    public void tearDown() {
        db.drop();
    }

    @Test
    public void dujiCompletionRate() throws Exception {
        // 000 Duji: 6903 raised, 6507 completed = 94.26%
        db.suggestions(SuggestionRow.in(county).state("COMPLETED"), 6000);
        db.suggestions(SuggestionRow.in(town).state("CLOSED"), 507);
        db.suggestions(SuggestionRow.in(county).state("HANDLING"), 396);
        db.suggestions(SuggestionRow.in(county).unregistered().state("PRE_SUBMITTED"), 5);
        db.suggestions(SuggestionRow.in(county).state("MERGED"), 3);
        Kpis k = stats.suggestions(StatsQuery.of(county)).total();
        assertEquals(6903, k.raised());
        assertEquals(6507, k.completed());
        assertEquals(new BigDecimal("94.26"), k.completionRate());
        // the city rolls its counties up
        assertEquals(new BigDecimal("94.26"), stats.suggestions(StatsQuery.of(city)).total().completionRate());
    }

    @Test
    public void tongzhouResultMix() throws Exception {
        // 001 Tongzhou: 341 replied, A 286 / B 52 / C 3 = 83.87% A
        db.suggestions(SuggestionRow.in(county).state("COMPLETED").replied("A", LocalDate.of(2025, 5, 1)), 286);
        db.suggestions(SuggestionRow.in(county).state("COMPLETED").replied("B", LocalDate.of(2025, 5, 1)), 52);
        db.suggestions(SuggestionRow.in(county).state("COMPLETED").replied("C", LocalDate.of(2025, 5, 1)), 3);
        db.suggestions(SuggestionRow.in(county).state("HANDLING"), 9);
        Kpis k = stats.suggestions(StatsQuery.of(county)).total();
        assertEquals(341, k.replied());
        assertEquals(286, k.classA());
        assertEquals(new BigDecimal("83.87"), k.aShare());
        assertEquals(350, k.raised());
    }

    @Test
    public void successSatisfactionOnTimeAndOverdue() throws Exception {
        LocalDate due = LocalDate.of(2025, 6, 30);
        db.suggestion(SuggestionRow.in(county).state("COMPLETED").deadline(due).replied("A", due).rated("SATISFIED"));
        db.suggestion(SuggestionRow.in(county).state("COMPLETED").deadline(due).replied("B", due.plusDays(1))
                .rated("BASICALLY_SATISFIED").solved());
        db.suggestion(SuggestionRow.in(county).state("SUPERVISED").deadline(due).replied("B", due.minusDays(3))
                .rated("UNSATISFIED"));
        db.suggestion(SuggestionRow.in(county).state("HANDLING").deadline(TODAY.minusDays(1)));
        db.suggestion(SuggestionRow.in(county).state("HANDLING").deadline(TODAY));
        Kpis k = stats.suggestions(StatsQuery.of(county)).total();
        assertEquals(5, k.raised());
        assertEquals(2, k.solved()); // A, and B marked solved
        assertEquals(new BigDecimal("40.00"), k.successRate());
        assertEquals(3, k.evaluated());
        assertEquals(new BigDecimal("66.67"), k.satisfactionRate());
        assertEquals(3, k.repliedWithDeadline());
        assertEquals(2, k.onTime()); // on the day counts, a day late does not
        assertEquals(new BigDecimal("66.67"), k.onTimeRate());
        assertEquals(1, k.overdueOpen());
    }

    @Test
    public void regionRowsRollUpToTheChildrenOfTheAskedRegion() throws Exception {
        long other = db.region("LS", "COUNTY", city);
        db.suggestions(SuggestionRow.in(county).state("COMPLETED"), 3);
        db.suggestions(SuggestionRow.in(town).state("HANDLING"), 2);
        db.suggestions(SuggestionRow.in(other).state("COMPLETED"), 1);
        db.suggestions(SuggestionRow.in(city).state("COMPLETED"), 1);
        StatsTable t = stats.suggestions(StatsQuery.of(city).by(StatsDimension.REGION));
        assertEquals(7, t.total().raised());
        assertEquals(List.of("DJ", "HB", "LS").size(), t.rows().size());
        StatsRow dj = row(t, "DJ");
        assertEquals(5, dj.kpis().raised()); // the township rolled into its county
        assertEquals(new BigDecimal("60.00"), dj.kpis().completionRate());
        assertEquals("HB区（本级）", row(t, "HB").label());
        assertEquals("DJ", t.rows().get(0).key()); // biggest first
    }

    @Test
    public void byLevelUnitCategoryAndFilters() throws Exception {
        long roads = db.unit("JT", county);
        long water = db.unit("SL", county);
        db.suggestions(SuggestionRow.in(county).unit(roads).category("INFRASTRUCTURE").state("COMPLETED"), 3);
        db.suggestions(SuggestionRow.in(town).unit(water).category("ENVIRONMENT"), 2);
        db.suggestions(SuggestionRow.in(town).state("REGISTERED").category("ENVIRONMENT"), 1);
        StatsTable byLevel = stats.suggestions(StatsQuery.of(city).by(StatsDimension.LEVEL));
        assertEquals(3, row(byLevel, "COUNTY").kpis().raised());
        assertEquals("乡镇级", row(byLevel, "TOWNSHIP").label());
        StatsTable byUnit = stats.suggestions(StatsQuery.of(city).by(StatsDimension.UNIT));
        assertEquals("JT局", row(byUnit, Long.toString(roads)).label());
        assertEquals(1, row(byUnit, "none").kpis().raised());
        StatsTable byCategory = stats.suggestions(StatsQuery.of(city).by(StatsDimension.CATEGORY));
        assertEquals("生态环境", row(byCategory, "ENVIRONMENT").label());
        assertEquals(3, row(byCategory, "ENVIRONMENT").kpis().raised());

        StatsQuery onlyWater = new StatsQuery(city, water, null, null, null, null, null);
        assertEquals(2, stats.suggestions(onlyWater).total().raised());
        StatsQuery onlyTownships = new StatsQuery(city, null, null, RegionLevel.TOWNSHIP, null, null, null);
        assertEquals(3, stats.suggestions(onlyTownships).total().raised());
        StatsQuery onlyInfra = new StatsQuery(city, null, Category.INFRASTRUCTURE, null, null, null, null);
        assertEquals(new BigDecimal("100.00"), stats.suggestions(onlyInfra).total().completionRate());
    }

    @Test
    public void periodsFoldDaysIntoMonthsQuartersAndYears() throws Exception {
        db.suggestions(SuggestionRow.in(county).created(LocalDate.of(2024, 12, 31)), 1);
        db.suggestions(SuggestionRow.in(county).created(LocalDate.of(2025, 1, 2)), 2);
        db.suggestions(SuggestionRow.in(county).created(LocalDate.of(2025, 1, 30)), 1);
        db.suggestions(SuggestionRow.in(county).created(LocalDate.of(2025, 4, 1)), 4);
        StatsTable months = stats.suggestions(StatsQuery.of(county).by(StatsDimension.MONTH));
        assertEquals(List.of("2024-12", "2025-01", "2025-04"), months.rows().stream().map(StatsRow::key).toList());
        assertEquals(3, row(months, "2025-01").kpis().raised());
        StatsTable quarters = stats.suggestions(StatsQuery.of(county).by(StatsDimension.QUARTER));
        assertEquals("2025年第2季度", row(quarters, "2025-Q2").label());
        StatsTable years = stats.suggestions(StatsQuery.of(county).by(StatsDimension.YEAR)
                .between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        assertEquals(1, years.rows().size());
        assertEquals(7, years.total().raised());
    }

    @Test
    public void emptyRegionHasCountsAndNoRates() throws Exception {
        StatsTable t = stats.suggestions(StatsQuery.of(town).by(StatsDimension.REGION));
        assertEquals(0, t.total().raised());
        assertNull(t.total().completionRate());
        assertEquals(0, t.rows().size());
    }

    @Test(expected = NotFoundException.class)
    public void unknownRegion() {
        stats.suggestions(StatsQuery.of(999_999));
    }

    @Test(expected = ValidationException.class)
    public void periodMustRunForward() {
        stats.suggestions(StatsQuery.of(county).between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)));
    }

    static StatsRow row(StatsTable t, String key) {
        return t.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + t.rows()));
    }
}

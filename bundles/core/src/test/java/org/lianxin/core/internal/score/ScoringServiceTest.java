package org.lianxin.core.internal.score;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.DeputyScore;
import org.lianxin.api.dto.Grade;
import org.lianxin.api.dto.ItemScore;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.RankedScore;
import org.lianxin.api.dto.Ranking;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.testdb.CoreDb;
import org.lianxin.core.internal.testdb.SuggestionRow;

/** Scores, explanations, re-election and rankings from rows in an in-memory Derby with core's schema. */
public class ScoringServiceTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private CoreDb db;
    private ScoringServiceImpl scoring;
    private long county;
    private long town;

    @Before
    public void setUp() throws Exception {
        db = new CoreDb();
        scoring = new ScoringServiceImpl(db.ds, folder.getRoot().toPath(), () -> Identity.SYSTEM);
        county = db.region("DJ", "COUNTY", null);
        town = db.region("GT", "TOWNSHIP", county);
    }

    @After
    public void tearDown() {
        db.drop();
    }

    /** Full attendance (60) plus proposals (15) plus results (16) in a year: 91, 优秀. */
    private void excellentYear(long deputy, long region, int year) throws Exception {
        duties(deputy, region, year, "SESSION", 1);
        duties(deputy, region, year, "STANDING_COMMITTEE", 1);
        duties(deputy, region, year, "GROUP_ACTIVITY", 6);
        duties(deputy, region, year, "INSPECTION", 3);
        duties(deputy, region, year, "TRAINING", 2);
        duties(deputy, region, year, "PUBLIC_SERVICE", 4);
        duties(deputy, region, year, "RECEPTION", 12);
        duties(deputy, region, year, "VISIT", 4);
        db.variant(duties(deputy, region, year, "REPORT_TO_VOTERS", 1), "ORAL");
        duties(deputy, region, year, "SUGGESTION_RAISED", 3);
        duties(deputy, region, year, "RESEARCH_REPORT", 2);
        duties(deputy, region, year, "INVESTMENT_LEAD", 2);
        duties(deputy, region, year, "MEETING_OFFICIALS", 2);
        duties(deputy, region, year, "PROBLEM_RESOLVED", 4);
        LocalDate replied = LocalDate.of(year, 9, 1);
        db.suggestions(SuggestionRow.in(region).by(deputy).created(LocalDate.of(year, 3, 1)).state("COMPLETED")
                .replied("A", replied).rated("SATISFIED"), 2);
    }

    private long duties(long deputy, long region, int year, String kind, int n) throws Exception {
        long last = 0;
        for (int i = 0; i < n; i++) {
            last = db.duty(deputy, region, kind, LocalDate.of(year, 1 + (i % 12), 10), null, "APPROVED");
        }
        return last;
    }

    @Test
    public void aScoreIsExplainedItemByItem() throws Exception {
        long wang = db.deputy("王建国", town, true);
        excellentYear(wang, town, 2025);
        db.duty(wang, town, "VISIT", LocalDate.of(2025, 5, 1), null, "PENDING"); // not reviewed yet: not counted
        DeputyScore s = scoring.score(wang, ScorePeriod.year(2025));
        assertEquals(0, new BigDecimal("91").compareTo(s.total()));
        assertEquals(Grade.EXCELLENT, s.grade());
        assertEquals(21, s.items().size());
        ItemScore report = item(s, "report_to_voters");
        assertEquals(0, new BigDecimal("8").compareTo(report.points()));
        assertTrue(report.evidence().get(0), report.evidence().get(0).endsWith("×4"));
        ItemScore adopted = item(s, "adopted");
        assertEquals(2, adopted.units());
        assertTrue(adopted.evidence().get(0).startsWith("suggestion:"));
        assertEquals(4, item(s, "visit").units());
        assertEquals(0, new BigDecimal("60").compareTo(s.categories().get(0).points()
                .add(s.categories().get(1).points()).add(s.categories().get(2).points())));
    }

    @Test
    public void aQuarterCountsTheYearToItsEnd() throws Exception {
        long wang = db.deputy("王建国", town, true);
        db.duty(wang, town, "VISIT", LocalDate.of(2025, 2, 1), null, "APPROVED");
        db.duty(wang, town, "VISIT", LocalDate.of(2025, 5, 1), null, "APPROVED");
        db.duty(wang, town, "VISIT", LocalDate.of(2025, 12, 31), null, "APPROVED");
        assertEquals(1, item(scoring.score(wang, ScorePeriod.parse("2025Q1")), "visit").units());
        assertEquals(2, item(scoring.score(wang, ScorePeriod.parse("2025q2")), "visit").units());
        assertEquals(3, item(scoring.score(wang, ScorePeriod.parse("2025")), "visit").units());
    }

    @Test
    public void twoExcellentYearsInATermRecommendReelection() throws Exception {
        long wang = db.deputy("王建国", town, true);
        db.setTerm(wang, "2021-2026");
        excellentYear(wang, town, 2023);
        DeputyScore one = scoring.score(wang, ScorePeriod.year(2024));
        assertEquals(List.of(2023), one.excellentYears());
        assertFalse(one.recommendedForReelection());
        excellentYear(wang, town, 2025);
        DeputyScore two = scoring.score(wang, ScorePeriod.year(2025));
        assertEquals(List.of(2023, 2025), two.excellentYears());
        assertTrue(two.recommendedForReelection());
    }

    @Test
    public void heldReportApprovalCounts() throws Exception {
        long wang = db.deputy("王建国", town, true);
        db.heldReport(wang, town, LocalDate.of(2025, 6, 1), "ORAL", 30, 10, 10); // 80%
        ItemScore approval = item(scoring.score(wang, ScorePeriod.year(2025)), "voter_approval");
        assertEquals(0, new BigDecimal("3").compareTo(approval.points()));
        assertEquals(0, item(scoring.score(wang, ScorePeriod.year(2024)), "voter_approval").points().signum());
    }

    @Test
    public void rankingsPerRegionAndGroupFlagTheBottom() throws Exception {
        long a = db.deputy("甲", town, true);
        long b = db.deputy("乙", town, true);
        long c = db.deputy("丙", county, true);
        db.deputy("丁", county, false); // resigned: not ranked
        excellentYear(a, town, 2025);
        duties(b, town, 2025, "SESSION", 1);
        long group = db.group("古饶镇代表小组", town);
        db.joinGroup(a, group);
        db.joinGroup(b, group);
        Ranking r = scoring.ranking(county, null, ScorePeriod.year(2025), PageRequest.first());
        assertEquals(3, r.lines().total());
        List<RankedScore> lines = r.lines().items();
        assertEquals(List.of(a, b, c), lines.stream().map(RankedScore::deputyId).toList());
        assertEquals(Grade.EXCELLENT, lines.get(0).grade());
        assertTrue(lines.get(2).reminder());
        assertEquals(1, r.reminders());
        Ranking g = scoring.ranking(null, group, ScorePeriod.year(2025), PageRequest.first());
        assertEquals(2, g.lines().total());
        assertTrue(g.lines().items().get(1).reminder());
        assertEquals(1, scoring.ranking(county, null, ScorePeriod.year(2025), PageRequest.of(1, 1)).lines().items().size());
    }

    @Test
    public void aRegionFileReplacesTheTableForItsSubtree() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("DJ.json"), ScoringTablesTest.table("杜集区考核表", 5));
        long wang = db.deputy("王建国", town, true);
        db.duty(wang, town, "VISIT", LocalDate.of(2025, 5, 1), null, "APPROVED");
        DeputyScore s = scoring.score(wang, ScorePeriod.year(2025));
        assertEquals("杜集区考核表", s.table());
        assertEquals(1, s.items().size());
        assertEquals("DJ.json", scoring.table(town).source());
    }

    @Test(expected = NotFoundException.class)
    public void unknownDeputy() {
        scoring.score(424242, ScorePeriod.year(2025));
    }

    @Test(expected = ValidationException.class)
    public void rankingNeedsOneScope() {
        scoring.ranking(county, 1L, ScorePeriod.year(2025), PageRequest.first());
    }

    @Test(expected = ValidationException.class)
    public void badPeriod() {
        ScorePeriod.parse("2025Q5");
    }

    private static ItemScore item(DeputyScore s, String key) {
        return s.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}

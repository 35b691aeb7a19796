package org.lianxin.core.internal.stats;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.lianxin.api.dto.DeputyActivity;
import org.lianxin.api.dto.Page;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.StationActivity;
import org.lianxin.api.dto.SubmissionRate;
import org.lianxin.api.security.Identity;
import org.lianxin.core.internal.testdb.CoreDb;
import org.lianxin.core.internal.testdb.SuggestionRow;

/** Per-deputy and per-station activity and the submission rate, on an in-memory Derby with core's schema. */
public class ActivityStatsTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
    private static final LocalDate NEXT_JAN = LocalDate.of(2026, 1, 1);
    private CoreDb db;
    private StatisticsServiceImpl stats;
    private long county;
    private long town;

    @Before
    public void setUp() throws Exception {
        db = new CoreDb();
        stats = new StatisticsServiceImpl(db.ds, () -> LocalDate.of(2025, 12, 1), () -> Identity.SYSTEM);
        county = db.region("DJ", "COUNTY", null);
        town = db.region("GT", "TOWNSHIP", county);
    }

    @After
    public void tearDown() {
        db.drop();
    }

    @Test
    public void perDeputy() throws Exception {
        long wang = db.deputy("王", county, true);
        long li = db.deputy("李", town, true);
        long station = db.station("S1", town);
        db.suggestions(SuggestionRow.in(county).by(wang), 3);
        db.suggestion(SuggestionRow.in(county).by(wang).created(LocalDate.of(2024, 6, 1)));
        db.duty(wang, county, "RECEPTION", LocalDate.of(2025, 1, 20), station, "APPROVED");
        db.duty(wang, county, "RECEPTION", LocalDate.of(2025, 2, 1), station, "PENDING");
        db.duty(wang, county, "VISIT", LocalDate.of(2025, 3, 1), null, "APPROVED");
        db.duty(li, town, "TRAINING", LocalDate.of(2025, 3, 1), null, "APPROVED");
        Page<DeputyActivity> page = stats.deputies(county, JAN, NEXT_JAN, PageRequest.of(0, 10));
        assertEquals(2, page.total());
        DeputyActivity w = page.items().get(0);
        assertEquals("王", w.name());
        assertEquals(3, w.suggestionsRaised());
        assertEquals(1, w.receptions()); // the pending one does not count
        assertEquals(1, w.visits());
        assertEquals(2, w.dutyRecords());
        assertEquals(1, page.items().get(1).dutyRecords());
        assertEquals(1, stats.deputies(county, null, null, PageRequest.of(1, 1)).items().size());
        assertEquals(1, stats.deputies(town, null, null, PageRequest.first()).total());
    }

    @Test
    public void perStation() throws Exception {
        long wang = db.deputy("王", town, true);
        long s1 = db.station("S1", town);
        long s2 = db.station("S2", town);
        db.duty(wang, town, "RECEPTION", LocalDate.of(2025, 1, 1), s1, "APPROVED");
        db.duty(wang, town, "RECEPTION", LocalDate.of(2025, 1, 20), s1, "APPROVED");
        db.opinion(town, s1, LocalDate.of(2025, 1, 20));
        db.opinion(town, s2, LocalDate.of(2025, 2, 1));
        db.opinion(town, s2, LocalDate.of(2024, 2, 1));
        Page<StationActivity> page = stats.stations(county, JAN, NEXT_JAN, PageRequest.first());
        assertEquals(2, page.total());
        assertEquals(2, page.items().get(0).receptions());
        assertEquals(1, page.items().get(0).opinions());
        assertEquals(0, page.items().get(1).receptions());
        assertEquals(1, page.items().get(1).opinions());
    }

    @Test
    public void submissionRateCountsActiveDeputiesWhoRaisedOrCoSigned() throws Exception {
        long a = db.deputy("甲", county, true);
        long b = db.deputy("乙", county, true);
        db.deputy("丙", town, true);
        long gone = db.deputy("丁", town, false);
        db.suggestions(SuggestionRow.in(county).by(a), 2);
        db.suggestion(SuggestionRow.in(county).by(b).created(LocalDate.of(2024, 5, 1)));
        db.suggestion(SuggestionRow.in(county).by(gone));
        SubmissionRate r = stats.submission(county, JAN, NEXT_JAN);
        assertEquals(3, r.deputies());
        assertEquals(1, r.deputiesRaising());
        assertEquals(new BigDecimal("33.33"), r.rate());
        assertEquals(2, stats.submission(county, null, null).deputiesRaising());
    }
}

package org.lianxin.core.internal.score;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.dto.PageRequest;
import org.lianxin.api.dto.ScorePeriod;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.testdb.CoreDb;

/** Who sees which score and ranking, on an in-memory Derby with core's schema. */
public class ScoringAccessTest {
    private static final ScorePeriod YEAR = ScorePeriod.year(2025);
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private CoreDb db;
    private ScoringServiceImpl scoring;
    private Identity caller;
    private long county;
    private long town;
    private long sibling;
    private long mine;
    private long neighbour;
    private long elsewhere;
    private long group;

    @Before
    public void setUp() throws Exception {
        db = new CoreDb();
        scoring = new ScoringServiceImpl(db.ds, folder.getRoot().toPath(), () -> caller);
        long city = db.region("HB", "CITY", null);
        county = db.region("DJ", "COUNTY", city);
        town = db.region("GT", "TOWNSHIP", county);
        sibling = db.region("LS", "COUNTY", city);
        mine = db.deputy("王", town, true);
        neighbour = db.deputy("李", town, true);
        elsewhere = db.deputy("赵", sibling, true);
        group = db.group("古饶镇代表小组", town);
        db.joinGroup(mine, group);
    }

    @After
    public void tearDown() {
        db.drop();
    }

    private Identity as(Role role, long region, Long deputyId) throws Exception {
        return new Identity(5, role.name(), Set.of(role), region, db.path(region), null, deputyId);
    }

    @Test
    public void aDeputySeesTheirOwnScoreAndTheirRegionsAndGroupsRanking() throws Exception {
        caller = as(Role.DEPUTY, town, mine);
        assertEquals(mine, scoring.score(mine, YEAR).deputyId());
        assertThrows(AccessDeniedException.class, () -> scoring.score(neighbour, YEAR));
        assertThrows(NotFoundException.class, () -> scoring.score(elsewhere, YEAR));
        assertEquals(2, scoring.ranking(town, null, YEAR, PageRequest.first()).lines().total());
        assertEquals(1, scoring.ranking(null, group, YEAR, PageRequest.first()).lines().total());
        assertThrows(AccessDeniedException.class, () -> scoring.ranking(county, null, YEAR, PageRequest.first()));
        assertThrows(AccessDeniedException.class, () -> scoring.ranking(sibling, null, YEAR, PageRequest.first()));
        scoring.table(town);
        assertThrows(AccessDeniedException.class, () -> scoring.table(sibling));
    }

    @Test
    public void countyStaffSeeTheirCountyOnly() throws Exception {
        caller = as(Role.STAFF, county, null);
        assertEquals(neighbour, scoring.score(neighbour, YEAR).deputyId());
        assertEquals(2, scoring.ranking(county, null, YEAR, PageRequest.first()).lines().total());
        assertEquals(1, scoring.ranking(null, group, YEAR, PageRequest.first()).lines().total());
        assertThrows(NotFoundException.class, () -> scoring.score(elsewhere, YEAR));
        assertThrows(AccessDeniedException.class, () -> scoring.ranking(sibling, null, YEAR, PageRequest.first()));
        caller = as(Role.LEADER, town, null);
        assertThrows(AccessDeniedException.class, () -> scoring.ranking(county, null, YEAR, PageRequest.first()));
    }

    @Test
    public void handlersAndThePublicSeeNoScores() throws Exception {
        caller = as(Role.HANDLER, county, null);
        assertThrows(AccessDeniedException.class, () -> scoring.score(mine, YEAR));
        assertThrows(AccessDeniedException.class, () -> scoring.ranking(county, null, YEAR, PageRequest.first()));
        caller = Identity.PUBLIC;
        assertThrows(NotAuthenticatedException.class, () -> scoring.score(mine, YEAR));
        assertThrows(NotAuthenticatedException.class, () -> scoring.ranking(town, null, YEAR, PageRequest.first()));
        caller = Identity.SYSTEM;
        assertEquals(1, scoring.ranking(sibling, null, YEAR, PageRequest.first()).lines().total());
    }
}

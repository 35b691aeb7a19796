package org.lianxin.core.internal.score;

import static org.junit.Assert.assertThrows;
import static org.lianxin.core.internal.util.Who.CITY;
import static org.lianxin.core.internal.util.Who.COUNTY;
import static org.lianxin.core.internal.util.Who.SIBLING;
import static org.lianxin.core.internal.util.Who.TOWN;

import org.junit.Test;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.util.Who;

public class ScorePolicyTest {

    @Test
    public void officeRolesAndGroupLeadersSeeScoresOfTheirRegionAndBelow() {
        for (Role role : new Role[] { Role.ADMIN, Role.STAFF, Role.LEADER, Role.GROUP_LEADER }) {
            Identity me = Who.user(role, COUNTY);
            ScorePolicy.checkScore(me, 8, TOWN);
            ScorePolicy.checkRanking(me, COUNTY, false, "rank");
            assertThrows(NotFoundException.class, () -> ScorePolicy.checkScore(me, 8, SIBLING));
            assertThrows(NotFoundException.class, () -> ScorePolicy.checkScore(me, 8, CITY));
            assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkRanking(me, CITY, false, "rank"));
        }
        ScorePolicy.checkScore(Who.nationalAdmin(), 8, SIBLING);
        ScorePolicy.checkRanking(Identity.SYSTEM, SIBLING, false, "rank");
    }

    @Test
    public void aDeputySeesTheirOwnScoreAndRankingOnly() {
        Identity deputy = Who.deputy(7, TOWN);
        ScorePolicy.checkScore(deputy, 7, TOWN);
        assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkScore(deputy, 8, TOWN));
        assertThrows(NotFoundException.class, () -> ScorePolicy.checkScore(deputy, 8, SIBLING));
        ScorePolicy.checkRanking(deputy, TOWN, true, "rank");
        assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkRanking(deputy, TOWN, false, "rank"));
        ScorePolicy.checkTable(deputy, TOWN, "table");
        assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkTable(deputy, COUNTY, "table"));
    }

    @Test
    public void handlersTheProcuratorateAndThePublicSeeNoScores() {
        assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkScore(Who.handler(9, COUNTY), 8, TOWN));
        assertThrows(AccessDeniedException.class,
                () -> ScorePolicy.checkRanking(Who.user(Role.PROCURATORATE, COUNTY), TOWN, false, "rank"));
        assertThrows(AccessDeniedException.class, () -> ScorePolicy.checkTable(Who.handler(9, COUNTY), TOWN, "t"));
        assertThrows(NotAuthenticatedException.class, () -> ScorePolicy.checkScore(Identity.PUBLIC, 8, TOWN));
        assertThrows(NotAuthenticatedException.class,
                () -> ScorePolicy.checkRanking(Identity.PUBLIC, TOWN, true, "rank"));
    }
}

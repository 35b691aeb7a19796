package org.lianxin.core.internal.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ReadScopeTest {

    @Test
    public void aSubtreeAdmitsItsRegionAndBelowOnly() {
        ReadScope county = ReadScope.subtreeOf(Who.COUNTY);
        assertTrue(county.admitsPath(Who.COUNTY));
        assertTrue(county.admitsPath(Who.TOWN));
        assertFalse(county.admitsPath(Who.SIBLING));
        assertFalse(county.admitsPath(Who.CITY));
        assertFalse(county.admitsPath(null));
    }

    @Test
    public void noRegionPathIsTheWholeCountry() {
        assertTrue(ReadScope.subtreeOf(null).everything());
        assertTrue(ReadScope.subtreeOf(null).orDeputy(7L).everything());
    }

    @Test
    public void ownRowsAreAdmittedOutsideTheSubtree() {
        ReadScope s = ReadScope.subtreeOf(Who.TOWN).orDeputy(7L).orUnit(9L);
        assertTrue(s.admits(Who.SIBLING, 7L, null));
        assertTrue(s.admits(Who.SIBLING, null, 9L));
        assertFalse(s.admits(Who.SIBLING, 8L, 10L));
        assertTrue(ReadScope.NONE.isEmpty());
        assertFalse(ReadScope.NONE.admits(Who.TOWN, 7L, 9L));
        assertTrue(ReadScope.NONE.orDeputy(7L).admits(Who.SIBLING, 7L, null));
    }

    @Test
    public void restrictOrsTheConditionsWithParameters() {
        Jpql<Object> j = Jpql.from(Object.class, "x");
        ReadScope.subtreeOf(Who.COUNTY).orDeputy(7L).restrict(j, "x.regionPath LIKE :lxScope", "x.deputyId = :lxMine",
                null);
        String q = describe(j);
        assertTrue(q, q.contains("(x.regionPath LIKE :lxScope OR x.deputyId = :lxMine)"));
        assertTrue(q, q.contains("lxScope=/1/3/%") && q.contains("lxMine=7"));
        assertEquals("[] {}", describe(ReadScope.ALL.restrict(Jpql.from(Object.class, "x"), "a", "b", "c")));
        assertTrue(describe(ReadScope.NONE.restrict(Jpql.from(Object.class, "x"), "a", "b", "c")).contains("1 = 0"));
    }

    private static String describe(Jpql<?> j) {
        return j.toString();
    }
}

package org.lianxin.core.internal.util;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class JpqlTest {

    @Test
    public void aTextSearchIgnoresCaseAndTakesWildcardsLiterally() {
        assertEquals("%XS-2026%", Jpql.containsPattern("xs-2026"));
        assertEquals("%100!%!_A!!%", Jpql.containsPattern("100%_a!"));
        assertEquals("%路灯%", Jpql.containsPattern("路灯"));
    }

    @Test
    public void aTextSearchLooksInEveryFieldGivenAndOnlyWhenThereIsText() {
        Jpql<Object> j = Jpql.from(Object.class, "s").whereContains("t", null, "s.title");
        assertEquals("[] {}", j.toString());
        j.whereContains("t", "Road", "s.title", "s.ledgerNo");
        assertEquals("[(UPPER(s.title) LIKE :t ESCAPE '!' OR UPPER(s.ledgerNo) LIKE :t ESCAPE '!')] {t=%ROAD%}",
                j.toString());
    }
}

package org.lianxin.core.internal.outcome;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.dto.SuggestionState;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import org.lianxin.core.internal.jpa.SuggestionEntity;
import org.lianxin.core.internal.util.Jpql;
import org.lianxin.core.internal.util.Who;

/** Published means public: every caller reads the same outcomes, and only finished items are published. */
public class OutcomePolicyTest {

    @Test
    public void everyCallerReadsThePublicAndEveryRoleAndTheSystem() {
        OutcomePolicy.checkReader(Identity.PUBLIC);
        OutcomePolicy.checkReader(Identity.SYSTEM);
        OutcomePolicy.checkReader(Who.nationalAdmin());
        for (Role r : Role.values()) {
            OutcomePolicy.checkReader(Who.user(r, Who.TOWN));
        }
        OutcomePolicy.checkReader(Who.deputy(7, Who.SIBLING));
        OutcomePolicy.checkReader(Who.handler(5, Who.COUNTY));
        try {
            OutcomePolicy.checkReader(null);
            fail("no caller at all");
        } catch (NotAuthenticatedException expected) {
            // a call nobody is bound to
        }
    }

    @Test
    public void onlyFinishedItemsArePublished() {
        assertEquals(List.of("COMPLETED", "EXPLAINED", "CLOSED"), OutcomePolicy.PUBLISHED);
        for (SuggestionState s : SuggestionState.values()) {
            boolean finished = s == SuggestionState.COMPLETED || s == SuggestionState.EXPLAINED
                    || s == SuggestionState.CLOSED;
            assertEquals(s.name(), finished, OutcomePolicy.isPublished(s));
            SuggestionEntity e = new SuggestionEntity();
            e.state = s.name();
            assertEquals(s.name(), finished, OutcomePolicy.isPublished(e));
        }
        assertFalse(OutcomePolicy.isPublished((SuggestionEntity) null));
        assertFalse(OutcomePolicy.isPublished((SuggestionState) null));
    }

    @Test
    public void theQueryIsNarrowedByStateOnlyNeverByTheCaller() {
        String narrowed = OutcomePolicy.publishedOnly(Jpql.from(SuggestionEntity.class, "s")).toString();
        assertTrue(narrowed, narrowed.contains("s.state IN :lxPublished"));
        assertFalse("no scope of a caller", narrowed.contains("lxScope") || narrowed.contains("Path"));
        assertEquals("[s.state IN :lxPublished] {lxPublished=[COMPLETED, EXPLAINED, CLOSED]}", narrowed);
    }
}

package org.lianxin.practice.support;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import javax.persistence.OptimisticLockException;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Region;
import org.lianxin.api.dto.RegionLevel;

public class PracticeSupportTest {

    @Test
    public void aRefusalThrownInsideATransactionComesOutAsItself() {
        NotFoundException refusal = new NotFoundException("studio", 9);
        assertSame(refusal, PracticeTx.unwrap(new RuntimeException("Exception occured in transactional code", refusal)));
        assertTrue(PracticeTx.unwrap(new RuntimeException(new OptimisticLockException())) instanceof ConflictException);
        RuntimeException other = new IllegalStateException("disk full");
        assertSame(other, PracticeTx.unwrap(other));
    }

    @Test
    public void subtreesArePathPrefixesMatchedInOneCondition() {
        assertEquals("/1/2/4/", PracticeScope.path(List.of(new Region(1, "AH", "安徽省", RegionLevel.PROVINCE, null),
                new Region(2, "HB", "淮北市", RegionLevel.CITY, 1L), new Region(4, "LS", "烈山区", RegionLevel.COUNTY, 2L))));
        assertEquals("(s.regionPath LIKE :path0 OR s.regionPath LIKE :path1)",
                PracticeScope.under("s", List.of("/1/2/3/", "/1/2/4/")));
        assertEquals("1 = 0", PracticeScope.under("s", List.of())); // active nowhere: nothing listed
    }

    @Test
    public void typedInputIsCheckedWithTheFieldNamed() {
        assertEquals("山禾", Texts.required("  山禾 ", "brand", 50));
        assertEquals("brand", assertThrows(ValidationException.class, () -> Texts.required(" ", "brand", 50)).field());
        assertThrows(ValidationException.class, () -> Texts.optional("x".repeat(51), "brand", 50));
        assertEquals("34060219800101123X", Texts.idNumber("34060219800101123x", "idNumber"));
        assertThrows(ValidationException.class, () -> Texts.idNumber("3406021980", "idNumber"));
        assertEquals("139 1234 5678", Texts.phone("139 1234 5678", "phone"));
        assertThrows(ValidationException.class, () -> Texts.phone("call me", "phone"));
        assertThrows(ValidationException.class, () -> Texts.count(-1, "viewers"));
    }

    /** Found by FuzzIT: a studio event's {@code "deputyIds":[null]} was a NullPointerException, a 500. */
    @Test
    public void pickedIdsMayBeAbsentButNeverNull() {
        assertEquals(List.of(), Texts.ids(null, "deputyIds"));
        assertEquals(List.of(3L, 4L), Texts.ids(List.of(3L, 4L), "deputyIds"));
        assertEquals("deputyIds", assertThrows(ValidationException.class,
                () -> Texts.ids(java.util.Arrays.asList(3L, null), "deputyIds")).field());
    }
}

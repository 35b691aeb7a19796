package org.lianxin.practice.support;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;

import javax.persistence.PersistenceException;

import org.junit.Test;
import org.lianxin.api.ConflictException;

public class DuplicatesTest {

    @Test
    public void aBrokenUniqueIndexIsRecognisedThroughTheWrappers() {
        RuntimeException wrapped = new RuntimeException("Exception occured in transactional code",
                new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate key", "23505")));
        assertTrue(Duplicates.isDuplicate(wrapped));
        assertFalse(Duplicates.isDuplicate(new RuntimeException(new java.sql.SQLException("lock timeout", "40XL1"))));
        assertFalse(Duplicates.isDuplicate(new ConflictException("already voted")));
    }
}

package org.lianxin.shell.internal.suggestion;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;

import org.junit.Test;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.Assignment;

public class SuggestionAssignCommandTest {

    @Test
    public void unitsMakeAnAssignment() {
        assertEquals(new Assignment(7, List.of(8L, 9L)), SuggestionAssignCommand.assignment(false, 7L, List.of(8L, 9L)));
        assertEquals(new Assignment(7, List.of()), SuggestionAssignCommand.assignment(false, 7L, null));
    }

    @Test
    public void confirmMeansNoAssignment() {
        assertNull(SuggestionAssignCommand.assignment(true, null, null));
    }

    @Test(expected = ValidationException.class)
    public void confirmWithUnitsIsRefused() {
        SuggestionAssignCommand.assignment(true, 7L, null);
    }

    @Test(expected = ValidationException.class)
    public void leadUnitIsRequiredWithoutConfirm() {
        SuggestionAssignCommand.assignment(false, null, List.of(8L));
    }
}

package org.lianxin.shell.support;

import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;
import org.lianxin.api.ConflictException;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;
import org.lianxin.api.dto.LifecycleAction;
import org.lianxin.api.dto.SuggestionState;

public class ErrorsTest {

    @Test
    public void illegalTransitionNamesStateAndAllowedActions() {
        var e = new IllegalTransitionException(SuggestionState.HANDLING, LifecycleAction.CLOSE,
                Set.of(LifecycleAction.REPLY, LifecycleAction.LOG_CONTACT, LifecycleAction.REQUEST_EXTENSION));
        assertEquals("Not allowed: CLOSE in state HANDLING; allowed actions: LOG_CONTACT, REPLY, REQUEST_EXTENSION",
                Errors.message(e));
        assertEquals("Not allowed: CLOSE in state CLOSED; allowed actions: none", Errors.message(
                new IllegalTransitionException(SuggestionState.CLOSED, LifecycleAction.CLOSE, Set.of())));
    }

    @Test
    public void otherErrorsAreOneLine() {
        assertEquals("Not found: suggestion DJ-2023-000999",
                Errors.message(new NotFoundException("suggestion", "DJ-2023-000999")));
        assertEquals("Invalid input: leadUnitId: is required",
                Errors.message(new ValidationException("leadUnitId", "is required")));
        assertEquals("Error: code DJ is taken by 渡江区", Errors.message(new ConflictException("code DJ\nis taken by 渡江区")));
    }
}

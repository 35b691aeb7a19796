package org.lianxin.shell.support;

import java.util.stream.Collectors;

import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.LianxinException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.ValidationException;

/** One-line console messages for the errors core reports. */
public final class Errors {

    private Errors() {
    }

    public static String message(LianxinException e) {
        String text;
        if (e instanceof IllegalTransitionException t) {
            text = "Not allowed: " + t.action() + " in state " + t.state() + "; allowed actions: "
                    + (t.allowed().isEmpty() ? "none"
                            : t.allowed().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        } else if (e instanceof NotFoundException n) {
            text = "Not found: " + n.entity() + " " + n.key();
        } else if (e instanceof ValidationException v) {
            text = "Invalid input: " + e.getMessage();
        } else {
            text = "Error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return WideText.oneLine(text);
    }
}

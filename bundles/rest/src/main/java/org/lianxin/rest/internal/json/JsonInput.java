package org.lianxin.rest.internal.json;

import org.lianxin.rest.internal.error.ErrorBodies;
import org.lianxin.rest.internal.error.ErrorBody;
import org.lianxin.rest.internal.error.InvalidInputException;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Bridges Jackson's input errors to the 400 of the REST layer. */
final class JsonInput {
    private JsonInput() {
    }

    static InvalidInputException invalid(JsonMappingException e) {
        ErrorBody body = ErrorBodies.of(e);
        String message = body.message();
        if (body.field() != null && message.startsWith(body.field() + ": ")) {
            message = message.substring(body.field().length() + 2);
        }
        return new InvalidInputException(body.field(), message);
    }
}

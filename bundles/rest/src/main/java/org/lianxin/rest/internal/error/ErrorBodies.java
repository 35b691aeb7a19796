package org.lianxin.rest.internal.error;

import java.util.List;

import javax.ws.rs.ProcessingException;
import javax.ws.rs.WebApplicationException;

import org.glassfish.jersey.server.ParamException;
import org.lianxin.api.ConflictException;
import org.lianxin.api.IllegalTransitionException;
import org.lianxin.api.LianxinException;
import org.lianxin.api.NotFoundException;
import org.lianxin.api.NotAuthenticatedException;
import org.lianxin.api.AccessDeniedException;
import org.lianxin.api.StateConflictException;
import org.lianxin.api.ValidationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Which status and body an exception becomes. Pure, so that the whole mapping is unit-tested. */
public final class ErrorBodies {
    /** The message of every 500: details stay in the log, never in the response. */
    public static final String INTERNAL = "internal error";

    private ErrorBodies() {
    }

    public static ErrorBody of(Throwable e) {
        if (e instanceof IllegalTransitionException t) {
            List<String> allowed = t.allowed().stream().map(Enum::name).sorted().toList();
            return new ErrorBody(409, HttpStatus.name(409), t.getMessage(), null,
                    t.state() == null ? null : t.state().name(), allowed);
        }
        if (e instanceof StateConflictException t) {
            return new ErrorBody(409, HttpStatus.name(409), t.getMessage(), null, t.state(),
                    t.allowed().stream().sorted().toList());
        }
        if (e instanceof ConflictException) {
            return ErrorBody.of(409, e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return ErrorBody.of(401, e.getMessage());
        }
        if (e instanceof AccessDeniedException) {
            return ErrorBody.of(403, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return ErrorBody.of(404, e.getMessage());
        }
        if (e instanceof ValidationException v) {
            return ErrorBody.ofField(400, v.getMessage(), v.field());
        }
        if (e instanceof LianxinException) {
            // the base type: a refusal core words for the caller
            return ErrorBody.of(400, e.getMessage());
        }
        if (e instanceof InvalidInputException i) {
            return ErrorBody.ofField(400, i.getMessage(), i.field());
        }
        if (e instanceof ParamException p) {
            return ErrorBody.ofField(400, describe(p), p.getParameterName());
        }
        if (e instanceof WebApplicationException w && w.getResponse().getEntity() instanceof ErrorBody own) {
            return own;
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return ErrorBody.of(status, status >= 500 ? INTERNAL : webMessage(w, status));
        }
        if (e instanceof JsonMappingException m) {
            return JsonErrors.of(m);
        }
        if (e instanceof JsonProcessingException j) {
            return ErrorBody.of(400, "malformed JSON: " + j.getOriginalMessage());
        }
        if (e instanceof IllegalArgumentException) {
            // includes NumberFormatException
            return ErrorBody.of(400, e.getMessage() == null ? "invalid input" : e.getMessage());
        }
        if (e instanceof ProcessingException && e.getCause() != null && e.getCause() != e) {
            // Jersey wraps failures of entity reading and parameter conversion
            ErrorBody inner = of(e.getCause());
            if (inner.status() < 500) {
                return inner;
            }
        }
        return ErrorBody.of(500, INTERNAL);
    }

    private static String describe(ParamException p) {
        String kind = p.getParameterType() == null ? "parameter"
                : p.getParameterType().getSimpleName().replace("Param", "").toLowerCase(java.util.Locale.ROOT)
                        + " parameter";
        Throwable cause = p.getCause();
        String why = cause instanceof NumberFormatException ? "is not a valid number"
                : cause != null && cause.getMessage() != null ? "is invalid (" + cause.getMessage() + ")"
                        : "is invalid";
        return kind + " " + p.getParameterName() + " " + why;
    }

    private static String webMessage(WebApplicationException w, int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed here";
            case 406 -> "not available in the media type the Accept header asks for";
            case 415 -> "unsupported media type; send application/json";
            default -> {
                String m = w.getMessage();
                yield m == null || m.startsWith("HTTP ") ? HttpStatus.name(status).toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') : m;
            }
        };
    }
}

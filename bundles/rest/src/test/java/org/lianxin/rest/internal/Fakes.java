package org.lianxin.rest.internal;

import java.util.Set;
import org.lianxin.api.security.AuthService;
import org.lianxin.api.security.Identity;
import org.lianxin.api.security.Role;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.lianxin.api.dto.Category;
import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.Suggestion;
import org.lianxin.api.dto.SuggestionKind;
import org.lianxin.api.dto.SuggestionState;

/** Hand-made fakes of core services for tests: only the named methods answer, any other one fails. */
public final class Fakes {
    private Fakes() {
    }

    public static <T> T of(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "fake " + type.getSimpleName();
                };
            }
            Function<Object[], Object> answer = answers.get(m.getName());
            if (answer == null) {
                throw new UnsupportedOperationException("fake " + type.getSimpleName() + "." + m.getName());
            }
            return answer.apply(args == null ? new Object[0] : args);
        }));
    }

    /** Logins for tests: the token is the user's name, a national staff member, never asked to change a password. */
    public static AuthService auth() {
        return of(AuthService.class, Map.of(
                "authenticate", a -> new Identity(1, (String) a[0], Set.of(Role.STAFF), null, null, null, null),
                "mustChangePassword", a -> false));
    }

    public static <T> T none(Class<T> type) {
        return of(type, Map.of());
    }

    public static Suggestion suggestion(long id, SuggestionState state, String title) {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        return new Suggestion(id, state == SuggestionState.PRE_SUBMITTED ? null : "DJ-2026-" + String.format("%06d", id),
                SuggestionKind.INTER_SESSION_OPINION, Category.INFRASTRUCTURE, title, title + "，请尽快办理。", state, 3L, 3L,
                null, List.of(7L), null, List.of(), null, List.of(), null, List.of(), LocalDate.of(2026, 3, 8),
                ClockRule.TOWNSHIP_REVIEW, false, null, null, null, null, null, null, 0, false, false, null, false,
                false, null, now, now, null);
    }
}

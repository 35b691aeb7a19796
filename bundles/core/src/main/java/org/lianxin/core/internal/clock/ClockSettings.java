package org.lianxin.core.internal.clock;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.lianxin.api.dto.ClockRule;
import org.lianxin.api.dto.SuggestionKind;

/**
 * One configuration of the clock, global or for one region: periods by rule ({@code rule.ROUTE_COUNTY=5D}) or
 * by kind and rule ({@code rule.SESSION_SUGGESTION.SESSION_REPLY=3M}), how days count, and whether evaluations
 * are taken twice. Unset values are null so that a region inherits from its parent, then from the global one.
 */
public final class ClockSettings {
    private final Map<String, PeriodSpec> periods;
    private final Boolean workingDays;
    private final Boolean dualEvaluation;

    private ClockSettings(Map<String, PeriodSpec> periods, Boolean workingDays, Boolean dualEvaluation) {
        this.periods = Map.copyOf(periods);
        this.workingDays = workingDays;
        this.dualEvaluation = dualEvaluation;
    }

    public static final ClockSettings EMPTY = new ClockSettings(Map.of(), null, null);

    /** @throws IllegalArgumentException naming the key whose value is not valid */
    public static ClockSettings parse(Map<String, ?> properties) {
        Map<String, PeriodSpec> periods = new HashMap<>();
        Boolean workingDays = null;
        Boolean dual = null;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String key = e.getKey();
            String value = String.valueOf(e.getValue()).trim();
            if (key.startsWith("rule.")) {
                String name = key.substring(5);
                checkRuleKey(key, name);
                try {
                    periods.put(name, PeriodSpec.parse(value));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(key + ": " + ex.getMessage(), ex);
                }
            } else if (key.equals("days")) {
                workingDays = switch (value.toUpperCase(Locale.ROOT)) {
                    case "WORKING" -> Boolean.TRUE;
                    case "CALENDAR" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("days: use CALENDAR or WORKING, not '" + value + "'");
                };
            } else if (key.equals("evaluation.dual")) {
                dual = Boolean.valueOf(value);
            }
        }
        return new ClockSettings(periods, workingDays, dual);
    }

    private static void checkRuleKey(String key, String name) {
        String[] parts = name.split("\\.");
        try {
            if (parts.length == 1) {
                ClockRule.valueOf(parts[0]);
            } else if (parts.length == 2) {
                SuggestionKind.valueOf(parts[0]);
                ClockRule.valueOf(parts[1]);
            } else {
                throw new IllegalArgumentException(name);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": unknown rule (use rule.<RULE> or rule.<KIND>.<RULE>)", e);
        }
    }

    /** The period set here for the kind and rule, or else for the rule, or null. */
    public PeriodSpec period(SuggestionKind kind, ClockRule rule) {
        PeriodSpec p = kind == null ? null : periods.get(kind.name() + "." + rule.name());
        return p != null ? p : periods.get(rule.name());
    }

    public Boolean workingDays() {
        return workingDays;
    }

    public Boolean dualEvaluation() {
        return dualEvaluation;
    }
}

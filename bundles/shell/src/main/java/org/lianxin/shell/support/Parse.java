package org.lianxin.shell.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianxin.api.ValidationException;

/** Parsing of console input into API values, with messages that name the offending option. */
public final class Parse {

    private Parse() {
    }

    /**
     * The number when {@code ref} is a plain id (digits only), otherwise empty: the reference is then a code or a
     * ledger number such as {@code DJ-2023-000123}.
     */
    public static OptionalLong id(String ref) {
        String s = ref == null ? "" : ref.trim();
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(s));
    }

    /** A required non-blank reference (id, code or ledger number), trimmed. */
    public static String ref(String what, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new ValidationException(what, "is required");
        }
        return ref.trim();
    }

    /** An enum constant, ignoring case and accepting '-' for '_'; null or blank gives null. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new ValidationException(option, "unknown value '" + value.trim() + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Enum constants from repeated and/or comma-separated values ("--state A,B --state C"). */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<String> values, String option) {
        Set<E> out = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    E e = enumValue(type, part, option);
                    if (e != null) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    /** An ISO date (YYYY-MM-DD); null or blank gives null. */
    public static LocalDate date(String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(option, "'" + value.trim() + "' is not a date (YYYY-MM-DD)");
        }
    }
}

package org.lianxin.core.internal.clock;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as written in configuration: {@code 7D} days (calendar or working, as the region counts days),
 * {@code 5WD} working days whatever the region's mode, {@code 1M} calendar months.
 */
public record PeriodSpec(int amount, Unit unit) {

    public enum Unit { DAYS, WORKING_DAYS, MONTHS }

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,4})\\s*(WD|D|M)");

    public PeriodSpec {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
    }

    public static PeriodSpec parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period: '" + text + "' (use e.g. 7D, 5WD or 1M)");
        }
        int amount = Integer.parseInt(m.group(1));
        Unit unit = switch (m.group(2)) {
            case "WD" -> Unit.WORKING_DAYS;
            case "M" -> Unit.MONTHS;
            default -> Unit.DAYS;
        };
        return new PeriodSpec(amount, unit);
    }

    @Override
    public String toString() {
        return amount + switch (unit) {
            case DAYS -> "D";
            case WORKING_DAYS -> "WD";
            case MONTHS -> "M";
        };
    }
}

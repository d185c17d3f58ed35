package org.flowtrace.analytics.resolution;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date of birth as sources give it: often only a year ({@code 1982}), a month ({@code 1982-07}), a
 * range ({@code 1980 to 1982}, OFAC) or a written date ({@code 14 Jul 1982}, {@code 14/07/1982},
 * day first). Unknown parts are 0.
 *
 * @param fromYear the year, or the first year of a range
 * @param toYear the year, or the last year of a range
 * @param month 1–12, 0 when not given
 * @param day 1–31, 0 when not given
 */
record PartialDate(int fromYear, int toYear, int month, int day) {

    /** How two dates of birth compare, strongest agreement first. */
    enum Agreement {
        SAME_DAY,
        SAME_MONTH,
        SAME_YEAR,
        UNKNOWN,
        DIFFERENT
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T.*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern WRITTEN = Pattern.compile("(?:(\\d{1,2}) )?([a-z]{3})[a-z]* (\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(?:circa |ca\\. |c\\. )?(\\d{4})(?: ?(?:to|-|–) ?(\\d{4}))?");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    static Optional<PartialDate> parse(String written) {
        var text = written.strip().toLowerCase(Locale.ROOT);
        var m = ISO.matcher(text);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)));
        }
        m = DAY_FIRST.matcher(text);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = WRITTEN.matcher(text);
        if (m.matches()) {
            int month = MONTHS.indexOf(m.group(2));
            return month < 0 || month % 3 != 0
                    ? Optional.empty()
                    : date(Integer.parseInt(m.group(3)), month / 3 + 1, number(m.group(1)));
        }
        m = RANGE.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            return to < from ? Optional.empty() : Optional.of(new PartialDate(from, to, 0, 0));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(int year, int month, int day) {
        if (month > 12 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, year, month, day));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    Agreement compare(PartialDate other) {
        if (other.toYear < fromYear || other.fromYear > toYear) {
            return Agreement.DIFFERENT;
        }
        if (fromYear != toYear || other.fromYear != other.toYear || month == 0 || other.month == 0) {
            return Agreement.SAME_YEAR;
        }
        if (month != other.month) {
            return Agreement.DIFFERENT;
        }
        if (day == 0 || other.day == 0) {
            return Agreement.SAME_MONTH;
        }
        return day == other.day ? Agreement.SAME_DAY : Agreement.DIFFERENT;
    }

    @Override
    public String toString() {
        var year = fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear;
        if (month == 0) {
            return year;
        }
        return day == 0 ? "%s-%02d".formatted(year, month) : "%s-%02d-%02d".formatted(year, month, day);
    }
}

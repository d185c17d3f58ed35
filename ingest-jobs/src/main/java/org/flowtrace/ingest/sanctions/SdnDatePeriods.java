package org.flowtrace.ingest.sanctions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * The {@code DatePeriod}s of {@code sdn_advanced.xml} (a start and an end, each a range {@code From}
 * … {@code To} of year, month and day, possibly {@code Approximate}) written as {@code sdn.xml} writes
 * the same dates, so both layouts give a party the same dates of birth.
 */
final class SdnDatePeriods {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private SdnDatePeriods() {}

    /**
     * A {@code DatePeriod} written as sdn.xml writes dates: a day {@code 05 Jan 1970}, a month
     * {@code Jan 1970}, a year {@code 1970}, a span of years {@code 1968 to 1970}, prefixed
     * {@code circa} when approximate; any other span as {@code <from> to <to>}.
     */
    static @Nullable String written(XmlElement period) {
        var start = period.child("Start");
        var end = period.child("End");
        if (start == null) {
            return null;
        }
        var from = date(start.child("From"), true);
        var to = date(end == null ? start.child("To") : end.child("To"), false);
        if (from == null) {
            return null;
        }
        if (to == null) {
            to = from;
        }
        boolean approximate = "true".equals(start.attribute("Approximate"))
                || (end != null && "true".equals(end.attribute("Approximate")));
        String text;
        if (from.equals(to)) {
            text = DAY.format(from);
        } else if (from.getDayOfYear() == 1 && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
            text = from.getYear() == to.getYear()
                    ? String.valueOf(from.getYear())
                    : from.getYear() + " to " + to.getYear();
        } else if (from.getDayOfMonth() == 1
                && YearMonth.from(from).equals(YearMonth.from(to))
                && to.getDayOfMonth() == to.lengthOfMonth()) {
            text = MONTH.format(from);
        } else {
            text = DAY.format(from) + " to " + DAY.format(to);
        }
        return approximate ? "circa " + text : text;
    }

    private static @Nullable LocalDate date(@Nullable XmlElement date, boolean earliest) {
        if (date == null || date.text("Year") == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(date.text("Year"));
            var monthText = date.text("Month");
            int month = monthText == null ? (earliest ? 1 : 12) : Integer.parseInt(monthText);
            var dayText = date.text("Day");
            var yearMonth = YearMonth.of(year, month);
            int day = dayText == null ? (earliest ? 1 : yearMonth.lengthOfMonth()) : Integer.parseInt(dayText);
            return yearMonth.atDay(day);
        } catch (RuntimeException notADate) {
            return null;
        }
    }
}

package org.flowtrace.samples.generator;

/**
 * How many ordinary rows fall into each minute of the period: a daily cycle (quiet at night, peaks
 * late morning and early evening) times a weekly one (weekends quieter), scaled so that the minutes
 * hold exactly the requested total. Counts come from rounding the cumulative share, so they add up
 * exactly and depend on nothing but the arguments.
 */
final class ActivityClock {

    private static final double[] HOUR_WEIGHT = {
        0.20, 0.15, 0.12, 0.10, 0.10, 0.15, 0.35, 0.60, 0.90, 1.10, 1.25, 1.30,
        1.25, 1.15, 1.05, 1.00, 1.05, 1.20, 1.25, 1.15, 0.95, 0.70, 0.45, 0.30
    };
    /** Monday first; the period starts on {@code startDayOfWeek}. */
    private static final double[] DAY_WEIGHT = {1.0, 1.0, 1.0, 1.0, 1.05, 0.75, 0.55};

    private final long minutes;
    private final long total;
    private final int startDayOfWeek;
    private final double weightSum;
    private double cumulative;
    private long emitted;

    /**
     * @param days days in the period
     * @param total rows to spread over them
     * @param startDayOfWeek 0 for Monday … 6 for Sunday
     */
    ActivityClock(int days, long total, int startDayOfWeek) {
        this.minutes = days * 24L * 60;
        this.total = total;
        this.startDayOfWeek = startDayOfWeek;
        double sum = 0;
        for (long m = 0; m < minutes; m++) {
            sum += weight(m);
        }
        this.weightSum = sum;
    }

    long minutes() {
        return minutes;
    }

    /** Rows in minute {@code m}; call once per minute, in order. */
    long rowsIn(long m) {
        cumulative += weight(m);
        long due = m == minutes - 1 ? total : Math.round(total * (cumulative / weightSum));
        long rows = Math.max(0, due - emitted);
        emitted += rows;
        return rows;
    }

    private double weight(long m) {
        int hour = (int) ((m / 60) % 24);
        int day = (int) ((m / (24 * 60) + startDayOfWeek) % 7);
        return HOUR_WEIGHT[hour] * DAY_WEIGHT[day];
    }
}

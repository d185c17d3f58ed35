package org.flowtrace.analytics.statistics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.statistics.ChangePointTest.ChangePoint;

/**
 * Per-account statistics over the transfer projection, each against the account's own history: the
 * robust z-scores of its amounts (log10 USD, sent and received apart), the robust z-score of the
 * most money it passed through in a day against the value it moves on an ordinary day, a change point in its transfers per day, and the Benford test of its
 * amounts' first digits. Comparisons use the transfers' USD values (bank and chain transfers alike;
 * transfers without a rate are left out); the exact amounts stay in the graph, reached through the
 * evidence ids. Days are UTC calendar days from the projection's first transfer to its last, so that
 * an account that opens or falls silent half-way shows a change. Computed per account on demand;
 * deterministic.
 */
public final class AccountStatistics {

    private static final long DAY = 86_400;

    private final TransferProjection graph;
    private final long firstDay;
    private final int days;

    public AccountStatistics(TransferProjection graph) {
        this.graph = graph;
        int m = graph.transferCount();
        this.firstDay = m == 0 ? 0 : Math.floorDiv(graph.at(0), DAY);
        this.days = m == 0 ? 0 : (int) (Math.floorDiv(graph.at(m - 1), DAY) - firstDay + 1);
    }

    public TransferProjection graph() {
        return graph;
    }

    /** Days in the projection's period. */
    public int days() {
        return days;
    }

    /** The calendar date of a day of the period. */
    public LocalDate date(int day) {
        return LocalDate.ofEpochDay(firstDay + day);
    }

    /** The day of the period a transfer falls on. */
    public int day(int transfer) {
        return (int) (Math.floorDiv(graph.at(transfer), DAY) - firstDay);
    }

    /** The endpoint's transfers on {@code side} with a positive USD value, in time order. */
    public int[] valued(int endpoint, Side side) {
        return Arrays.stream(side.transfers(graph, endpoint))
                .filter(t -> graph.usd(t) > 0 && !Double.isInfinite(graph.usd(t)))
                .toArray();
    }

    /**
     * Median and MAD of log10 of the USD amounts of {@code transfers}; empty with fewer than {@code
     * minTransfers}.
     */
    public Optional<RobustZScore> amountBaseline(int[] transfers, int minTransfers, double minMad) {
        if (transfers.length < Math.max(1, minTransfers)) {
            return Optional.empty();
        }
        return Optional.of(RobustZScore.of(
                Arrays.stream(transfers)
                        .mapToDouble(t -> Math.log10(graph.usd(t)))
                        .toArray(),
                minMad));
    }

    /** The robust z-score of one transfer's amount against a baseline of {@link #amountBaseline}. */
    public double amountZ(RobustZScore baseline, int transfer) {
        return baseline.z(Math.log10(graph.usd(transfer)));
    }

    /** The endpoint's transfers (sent and received) on each day of the period. */
    public double[] dailyTransfers(int endpoint) {
        var counts = new double[days];
        for (var side : Side.values()) {
            for (int t : side.transfers(graph, endpoint)) {
                counts[day(t)]++;
            }
        }
        return counts;
    }

    /** The USD the endpoint sent (or received) on each day of the period. */
    public double[] dailyUsd(int endpoint, Side side) {
        var usd = new double[days];
        for (int t : side.transfers(graph, endpoint)) {
            if (graph.usd(t) > 0 && !Double.isInfinite(graph.usd(t))) {
                usd[day(t)] += graph.usd(t);
            }
        }
        return usd;
    }

    /**
     * The day on which most money passed through the endpoint, against the value it moves on its
     * active days ({@link DailyVelocity}); empty with fewer than {@code minActiveDays} days on which it
     * moved value.
     */
    public Optional<DailyVelocity> velocity(int endpoint, int minActiveDays, double minMad) {
        var sent = dailyUsd(endpoint, Side.OUTGOING);
        var received = dailyUsd(endpoint, Side.INCOMING);
        var active = IntStream.range(0, days)
                .mapToDouble(d -> sent[d] + received[d])
                .filter(v -> v > 0)
                .map(Math::log10)
                .toArray();
        if (active.length < Math.max(1, minActiveDays)) {
            return Optional.empty();
        }
        int peak = 0;
        double most = 0;
        for (int d = 0; d < days; d++) {
            double through = Math.min(sent[d], received[d] + (d > 0 ? received[d - 1] : 0));
            if (through > most) {
                most = through;
                peak = d;
            }
        }
        var baseline = RobustZScore.of(active, minMad);
        return Optional.of(new DailyVelocity(
                baseline,
                active.length,
                peak,
                most,
                received[peak] + (peak > 0 ? received[peak - 1] : 0),
                sent[peak],
                most > 0 ? baseline.z(Math.log10(most)) : Double.NEGATIVE_INFINITY));
    }

    /**
     * The most likely change in the endpoint's transfers per day ({@link ChangePointTest#cusum});
     * empty when the period is shorter than two segments or it made fewer than {@code minTransfers}.
     */
    public Optional<ChangePoint> activityChange(int endpoint, int minTransfers, int minSegmentDays) {
        if (graph.outgoingCount(endpoint) + graph.incoming(endpoint).length < minTransfers) {
            return Optional.empty();
        }
        return ChangePointTest.cusum(dailyTransfers(endpoint), minSegmentDays);
    }

    /**
     * The Benford test of the first digits of the USD amounts of {@code transfers}; empty with fewer
     * than {@code minTransfers} or when the middle half spans fewer than {@code minDecades} powers of
     * ten (amounts of one size, where the law does not apply).
     */
    public Optional<BenfordTest.Result> benford(int[] transfers, int minTransfers, double minDecades) {
        if (transfers.length < Math.max(1, minTransfers)) {
            return Optional.empty();
        }
        var amounts = Arrays.stream(transfers).mapToDouble(graph::usd).toArray();
        if (BenfordTest.decadesSpanned(amounts) < minDecades) {
            return Optional.empty();
        }
        return Optional.of(BenfordTest.test(amounts));
    }

    /** The endpoint's statistics as features of a score, with the detectors' default parameters. */
    public AccountFeatures features(int endpoint) {
        var amount = AmountAnomalyParameters.DEFAULTS;
        var velocity = VelocityAnomalyParameters.DEFAULTS;
        var change = ActivityChangeParameters.DEFAULTS;
        var benford = BenfordParameters.DEFAULTS;
        var changePoint = activityChange(endpoint, change.minTransfers(), change.minSegmentDays());
        return new AccountFeatures(
                graph.endpointKey(endpoint),
                largestAmountZ(endpoint, Side.OUTGOING, amount),
                largestAmountZ(endpoint, Side.INCOMING, amount),
                velocity(endpoint, velocity.minActiveDays(), velocity.minMad())
                        .map(DailyVelocity::z)
                        .orElse(Double.NaN),
                changePoint.map(ChangePoint::pValue).orElse(Double.NaN),
                changePoint.map(ChangePoint::ratio).orElse(Double.NaN),
                benford(valued(endpoint, Side.OUTGOING), benford.minTransfers(), benford.minDecades())
                        .map(BenfordTest.Result::pValue)
                        .orElse(Double.NaN),
                benford(valued(endpoint, Side.INCOMING), benford.minTransfers(), benford.minDecades())
                        .map(BenfordTest.Result::pValue)
                        .orElse(Double.NaN));
    }

    private double largestAmountZ(int endpoint, Side side, AmountAnomalyParameters parameters) {
        var transfers = valued(endpoint, side);
        return amountBaseline(transfers, parameters.minTransfers(), parameters.minMad())
                .map(baseline -> Arrays.stream(transfers)
                        .mapToDouble(t -> amountZ(baseline, t))
                        .max()
                        .orElse(Double.NaN))
                .orElse(Double.NaN);
    }
}

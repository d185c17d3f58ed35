package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * Plants laundering patterns and legitimate look-alikes. Each pattern starts at a random minute of the
 * period and keeps its hops in time order; amounts move on with a small fee taken at each hop where
 * the typology passes money on. Parameters (counts, windows, amounts) are drawn within the ranges that
 * the typology descriptions give; the structuring threshold is 10,000 USD.
 */
final class PatternPlanter {

    static final BigDecimal REPORTING_THRESHOLD_USD = new BigDecimal("10000");

    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private final Population population;
    private final SplittableRandom random;
    private final long lastStartMinute;
    private final List<PlantedPattern> patterns = new ArrayList<>();

    PatternPlanter(Population population, SplittableRandom random, int days) {
        this.population = population;
        this.random = random;
        this.lastStartMinute = (long) (days - 8) * DAY; // the longest pattern (a 12-hop cycle) takes under 7 days
    }

    List<PlantedPattern> patterns() {
        return patterns;
    }

    /** Plants one laundering pattern of a typology drawn at random; returns its row count. */
    int plantLaundering() {
        var typologies = List.of(
                Typology.FAN_IN,
                Typology.FAN_OUT,
                Typology.SCATTER_GATHER,
                Typology.GATHER_SCATTER,
                Typology.CYCLE,
                Typology.STACK,
                Typology.STRUCTURING,
                Typology.PASS_THROUGH,
                Typology.RANSOM);
        return plant(typologies.get(random.nextInt(typologies.size())));
    }

    /** Plants one legitimate look-alike; returns its row count. */
    int plantLookAlike() {
        var typologies = List.of(Typology.PAYROLL, Typology.MERCHANT_BURST, Typology.FAMILY_REMITTANCE);
        return plant(typologies.get(random.nextInt(typologies.size())));
    }

    int plant(Typology typology) {
        var accounts = new ArrayList<Integer>();
        var rows = new ArrayList<PlannedRow>();
        int index = patterns.size();
        long start = random.nextLong(lastStartMinute);
        switch (typology) {
            case FAN_OUT -> fanOut(index, start, accounts, rows);
            case FAN_IN -> fanIn(index, start, accounts, rows);
            case SCATTER_GATHER -> scatterGather(index, start, accounts, rows);
            case GATHER_SCATTER -> gatherScatter(index, start, accounts, rows);
            case CYCLE -> cycle(index, start, accounts, rows);
            case STACK -> stack(index, start, accounts, rows);
            case STRUCTURING -> structuring(index, start, accounts, rows);
            case PASS_THROUGH -> passThrough(index, start, accounts, rows);
            case RANSOM -> ransom(index, start, accounts, rows);
            case PAYROLL -> payroll(index, start, accounts, rows);
            case MERCHANT_BURST -> merchantBurst(index, start, accounts, rows);
            case FAMILY_REMITTANCE -> familyRemittance(index, start, accounts, rows);
        }
        patterns.add(new PlantedPattern("P%06d".formatted(index + 1), typology, accounts, rows));
        return rows.size();
    }

    private void fanOut(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int source = population.person(random);
        accounts.add(source);
        var total = usd(20_000, 200_000);
        var targets = distinct(5 + random.nextInt(16), () -> population.person(random), source);
        var share = total.divide(BigDecimal.valueOf(targets.size()), 2, RoundingMode.DOWN);
        long minute = start;
        for (int target : targets) {
            accounts.add(target);
            minute += random.nextInt(3 * HOUR);
            rows.add(new PlannedRow(minute, source, target, jitter(share, 0.05), "Wire", p));
        }
    }

    private void fanIn(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int target = population.person(random);
        accounts.add(target);
        var sources = distinct(5 + random.nextInt(16), () -> population.person(random), target);
        var each = usd(2_000, 9_000);
        long minute = start;
        for (int source : sources) {
            accounts.add(source);
            minute += random.nextInt(3 * HOUR);
            rows.add(new PlannedRow(minute, source, target, jitter(each, 0.05), "ACH", p));
        }
    }

    private void scatterGather(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int source = population.person(random);
        int sink = population.person(random);
        accounts.add(source);
        var middles = distinct(3 + random.nextInt(8), () -> population.person(random), source, sink);
        accounts.addAll(middles);
        accounts.add(sink);
        var share = usd(3_000, 15_000);
        long minute = start;
        for (int middle : middles) {
            minute += random.nextInt(2 * HOUR);
            var amount = jitter(share, 0.03);
            rows.add(new PlannedRow(minute, source, middle, amount, "Wire", p));
            rows.add(new PlannedRow(minute + DAY + random.nextInt(DAY), middle, sink, fee(amount), "Wire", p));
        }
    }

    private void gatherScatter(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int hub = population.person(random);
        accounts.add(hub);
        var sources = distinct(3 + random.nextInt(8), () -> population.person(random), hub);
        var targets = distinct(3 + random.nextInt(8), () -> population.person(random), hub);
        accounts.addAll(sources);
        accounts.addAll(targets);
        var each = usd(2_000, 8_000);
        long minute = start;
        var total = BigDecimal.ZERO;
        for (int source : sources) {
            minute += random.nextInt(2 * HOUR);
            var amount = jitter(each, 0.05);
            total = total.add(amount);
            rows.add(new PlannedRow(minute, source, hub, amount, "ACH", p));
        }
        var share = fee(total).divide(BigDecimal.valueOf(targets.size()), 2, RoundingMode.DOWN);
        minute += DAY;
        for (int target : targets) {
            minute += random.nextInt(2 * HOUR);
            rows.add(new PlannedRow(minute, hub, target, share, "Wire", p));
        }
    }

    private void cycle(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int hops = 2 + random.nextInt(11);
        var members = distinct(hops, () -> population.person(random));
        accounts.addAll(members);
        var amount = usd(5_000, 100_000);
        long minute = start;
        for (int hop = 0; hop < hops; hop++) {
            minute += HOUR + random.nextInt(12 * HOUR);
            rows.add(new PlannedRow(minute, members.get(hop), members.get((hop + 1) % hops), amount, "Wire", p));
            amount = fee(amount);
        }
    }

    private void stack(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        var layers = new ArrayList<List<Integer>>();
        var used = new LinkedHashSet<Integer>();
        for (int layer = 0; layer < 3 + random.nextInt(2); layer++) {
            var members = distinct(2 + random.nextInt(3), () -> population.person(random), toArray(used));
            used.addAll(members);
            layers.add(members);
        }
        accounts.addAll(used);
        var each = usd(2_000, 10_000);
        long minute = start;
        for (int layer = 0; layer + 1 < layers.size(); layer++) {
            minute += 6 * HOUR;
            for (int from : layers.get(layer)) {
                for (int to : layers.get(layer + 1)) {
                    rows.add(
                            new PlannedRow(minute + random.nextInt(4 * HOUR), from, to, jitter(each, 0.05), "Wire", p));
                }
            }
            each = fee(each);
        }
    }

    private void structuring(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int depositor = population.person(random);
        int account = population.person(random);
        accounts.add(depositor);
        accounts.add(account);
        long minute = start;
        for (int i = 0; i < 4 + random.nextInt(9); i++) {
            minute += 4 * HOUR + random.nextInt(DAY);
            var below = REPORTING_THRESHOLD_USD.subtract(usd(50, 1_000));
            rows.add(new PlannedRow(minute, depositor, account, below, "Cash", p));
        }
    }

    private void passThrough(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int mule = population.person(random);
        int onward = population.exchange(random);
        accounts.add(mule);
        var senders = distinct(5 + random.nextInt(11), () -> population.person(random), mule);
        long minute = start;
        var total = BigDecimal.ZERO;
        for (int sender : senders) {
            minute += random.nextInt(3 * HOUR);
            var amount = usd(500, 5_000);
            total = total.add(amount);
            rows.add(new PlannedRow(minute, sender, mule, amount, "ACH", p));
        }
        accounts.addAll(senders);
        accounts.add(onward);
        rows.add(new PlannedRow(minute + HOUR + random.nextInt(5 * HOUR), mule, onward, fee(total), "Wire", p));
    }

    private void ransom(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int mule = population.person(random);
        int family = population.person(random);
        int onward = population.exchange(random);
        accounts.add(mule);
        accounts.add(family);
        var ransom = usd(3_000, 20_000);
        int payers = 1 + random.nextInt(3);
        var share = ransom.divide(BigDecimal.valueOf(payers), 2, RoundingMode.DOWN);
        long minute = start;
        rows.add(new PlannedRow(minute, family, mule, share, "Wire", p));
        for (int i = 1; i < payers; i++) {
            int relative = population.personAtSameBank(family, random);
            accounts.add(relative);
            minute += HOUR + random.nextInt(2 * DAY);
            rows.add(new PlannedRow(minute, relative, mule, share, "Wire", p));
        }
        accounts.add(onward);
        rows.add(new PlannedRow(
                minute + HOUR + random.nextInt(6 * HOUR),
                mule,
                onward,
                fee(share.multiply(BigDecimal.valueOf(payers))),
                "Wire",
                p));
    }

    private void payroll(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int employer = population.employer(random);
        accounts.add(employer);
        var staff = distinct(20 + random.nextInt(81), () -> population.person(random), employer);
        long minute = start - start % DAY + 9 * HOUR;
        var salary = usd(2_500, 6_000);
        for (int person : staff) {
            accounts.add(person);
            rows.add(new PlannedRow(minute + random.nextInt(HOUR), employer, person, jitter(salary, 0.15), "ACH", p));
        }
    }

    private void merchantBurst(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int merchant = population.merchant(random);
        accounts.add(merchant);
        var customers = distinct(20 + random.nextInt(41), () -> population.person(random), merchant);
        long minute = start;
        for (int customer : customers) {
            accounts.add(customer);
            minute += random.nextInt(20);
            rows.add(new PlannedRow(minute, customer, merchant, usd(20, 400), "Credit Card", p));
        }
    }

    private void familyRemittance(int p, long start, List<Integer> accounts, List<PlannedRow> rows) {
        int sender = population.person(random);
        int relative = population.personAbroad(sender, random);
        accounts.add(sender);
        accounts.add(relative);
        long minute = start % (30L * DAY);
        var amount = usd(3_000, 20_000);
        while (minute <= lastStartMinute + 3L * DAY) {
            rows.add(new PlannedRow(minute, sender, relative, jitter(amount, 0.1), "Wire", p));
            minute += 30L * DAY;
        }
    }

    /** A uniform USD amount in [lo, hi) with cents. */
    private BigDecimal usd(int lo, int hi) {
        return BigDecimal.valueOf(lo * 100L + random.nextLong((hi - lo) * 100L), 2);
    }

    private BigDecimal jitter(BigDecimal amount, double spread) {
        var factor = BigDecimal.valueOf(1 + (random.nextDouble() * 2 - 1) * spread);
        return amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** What arrives after a hop's fee of 0.5–3 %. */
    private BigDecimal fee(BigDecimal amount) {
        var kept = BigDecimal.valueOf(970 + random.nextInt(26), 3);
        return amount.multiply(kept).setScale(2, RoundingMode.DOWN);
    }

    private List<Integer> distinct(int count, IntSupplier draw, int... excluded) {
        var chosen = new LinkedHashSet<Integer>();
        for (int e : excluded) {
            chosen.add(e);
        }
        int wanted = count + excluded.length;
        while (chosen.size() < wanted) {
            chosen.add(draw.getAsInt());
        }
        return new ArrayList<>(new ArrayList<>(chosen).subList(excluded.length, wanted));
    }

    private static int[] toArray(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}

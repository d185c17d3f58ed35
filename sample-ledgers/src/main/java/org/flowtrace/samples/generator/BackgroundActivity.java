package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Ordinary activity: card payments to merchants (popular merchants far more often), transfers between
 * persons, bills, business-to-business payments, salaries, exchange deposits and withdrawals, and
 * remittances abroad. Amounts are log-normal per kind (heavy-tailed overall), written in each side's
 * currency. The share of each kind is fixed; the time of day and week is set by {@link ActivityClock}.
 */
final class BackgroundActivity {

    /** One ordinary row, amounts in USD. */
    record Row(int from, int to, BigDecimal usd, String format) {}

    private final Population population;
    private final SplittableRandom random;

    BackgroundActivity(Population population, SplittableRandom random) {
        this.population = population;
        this.random = random;
    }

    Row next() {
        int kind = random.nextInt(100);
        if (kind < 50) {
            int person = population.person(random);
            return new Row(
                    person,
                    population.merchant(random),
                    logNormal(3.3, 1.0),
                    random.nextInt(10) < 6 ? "Credit Card" : "ACH");
        }
        if (kind < 68) {
            String[] formats = {"Wire", "ACH", "Cash", "Cheque"};
            return new Row(
                    population.person(random),
                    population.person(random),
                    logNormal(4.6, 1.2),
                    formats[random.nextInt(formats.length)]);
        }
        if (kind < 78) {
            return new Row(population.person(random), population.merchant(random), logNormal(4.8, 0.6), "ACH");
        }
        if (kind < 86) {
            return new Row(
                    random.nextBoolean() ? population.merchant(random) : population.employer(random),
                    population.merchant(random),
                    logNormal(7.5, 1.4),
                    random.nextBoolean() ? "Wire" : "Cheque");
        }
        if (kind < 93) {
            int person = population.person(random);
            return new Row(population.employerOf(person), person, logNormal(7.9, 0.4), "ACH");
        }
        if (kind < 98) {
            int person = population.person(random);
            int exchange = population.exchange(random);
            var amount = logNormal(6.0, 1.5);
            return random.nextBoolean()
                    ? new Row(person, exchange, amount, "Wire")
                    : new Row(exchange, person, amount, "Wire");
        }
        int sender = population.person(random);
        return new Row(sender, population.personAbroad(sender, random), logNormal(5.8, 0.7), "Wire");
    }

    private BigDecimal logNormal(double mu, double sigma) {
        double gaussian = gaussian();
        long cents = Math.max(1, Math.round(Math.exp(mu + sigma * gaussian) * 100));
        return BigDecimal.valueOf(Math.min(cents, 5_000_000_000L), 2);
    }

    /** A standard normal draw (Box–Muller), so that the sequence depends on the seed alone. */
    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

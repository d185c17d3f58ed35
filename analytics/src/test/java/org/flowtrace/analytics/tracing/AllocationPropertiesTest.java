package org.flowtrace.analytics.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties every rule keeps, on 200 random ledgers of five accounts each (seeded, so a failure can
 * be replayed): no hop allocates more than its transfer; every account conserves value (assumed opening
 * balance + what arrived = what left + balance); for every rule but poison, sources add up to the
 * balance and each traced source is conserved (paid in = arrived elsewhere + fees + remaining); and
 * poison covers at least what haircut covers, everywhere.
 */
class AllocationPropertiesTest {

    private static final String[] ACCOUNTS = {"A", "B", "C", "D", "E"};
    private static final int LEDGERS = 200;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 20261129})
    void every_rule_conserves_value_and_never_allocates_more_than_a_transfer(long seed) {
        var random = new Random(seed);
        for (int n = 0; n < LEDGERS; n++) {
            var book = randomBook(random);
            FlowReplay.Result poison = null;
            FlowReplay.Result haircut = null;
            for (var rule : TaintAllocator.all()) {
                var result = book.replay(rule, ACCOUNTS);
                checkHops(result, book);
                checkAccounts(result, book);
                if (rule.additive()) {
                    checkSources(result, book);
                }
                if (rule instanceof PoisonAllocator) {
                    poison = result;
                } else if (rule instanceof HaircutAllocator) {
                    haircut = result;
                }
            }
            checkPoisonCoversHaircut(poison, haircut);
        }
    }

    private static Book randomBook(Random random) {
        var book = new Book();
        int transfers = 5 + random.nextInt(25);
        for (int i = 0; i < transfers; i++) {
            int kind = random.nextInt(10);
            var amount = BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
            if (kind < 3) {
                book.pay("VICTIM" + i, pick(random), amount.toPlainString()).traced("v" + i);
            } else if (kind < 5) {
                book.pay("OUTSIDE", pick(random), amount.toPlainString());
            } else if (kind < 6) {
                book.pay(pick(random), "EXIT", amount.toPlainString());
            } else {
                var from = pick(random);
                var to = pick(random);
                if (!from.equals(to)) {
                    var fee = random.nextInt(4) == 0
                            ? amount.divide(BigDecimal.TEN, 2, java.math.RoundingMode.FLOOR)
                            : BigDecimal.ZERO.setScale(2);
                    book.pay(from, to, amount.toPlainString(), fee.toPlainString());
                }
            }
        }
        return book;
    }

    private static String pick(Random random) {
        return ACCOUNTS[random.nextInt(ACCOUNTS.length)];
    }

    private static void checkHops(FlowReplay.Result result, Book book) {
        var values = new HashMap<String, BigDecimal>();
        book.flows().forEach(f -> values.put(f.transferId(), f.value()));
        for (var hop : result.hops()) {
            assertThat(hop.allocated()).as(hop.toString()).isLessThanOrEqualTo(values.get(hop.transferId()));
            assertThat(hop.fee()).as(hop.toString()).isLessThanOrEqualTo(hop.allocated());
        }
    }

    /** In = out + fees + remaining, per account: opening + received = sent (fees included) + balance. */
    private static void checkAccounts(FlowReplay.Result result, Book book) {
        for (var account : ACCOUNTS) {
            var in = result.openingAssumed().getOrDefault(account, BigDecimal.ZERO);
            var out = BigDecimal.ZERO;
            for (var flow : book.flows()) {
                if (flow.to().equals(account)) {
                    in = in.add(flow.received());
                }
                if (flow.from().equals(account)) {
                    out = out.add(flow.value());
                }
            }
            var balance = result.balances().getOrDefault(account, BigDecimal.ZERO);
            assertThat(balance.signum()).isGreaterThanOrEqualTo(0);
            assertThat(in).as(account).isEqualByComparingTo(out.add(balance));
        }
    }

    /** Sources add up to each balance, and each traced source = arrived outside + fees + remaining. */
    private static void checkSources(FlowReplay.Result result, Book book) {
        result.resting()
                .forEach((account, held) -> assertThat(held.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .as(account)
                        .isEqualByComparingTo(result.balances().get(account)));
        for (var flow : book.flows()) {
            var source = book.seeds().get(flow.transferId());
            if (source == null) {
                continue;
            }
            var found = result.fees().getOrDefault(source, BigDecimal.ZERO);
            for (var held : result.resting().values()) {
                found = found.add(held.getOrDefault(source, BigDecimal.ZERO));
            }
            for (var arrived : result.arrived().values()) {
                found = found.add(arrived.getOrDefault(source, BigDecimal.ZERO));
            }
            assertThat(found).as(source.label()).isEqualByComparingTo(flow.value());
        }
    }

    private static void checkPoisonCoversHaircut(FlowReplay.Result poison, FlowReplay.Result haircut) {
        compare(poison.resting(), haircut.resting());
        compare(poison.arrived(), haircut.arrived());
    }

    private static void compare(
            Map<String, Map<Source, BigDecimal>> wide, Map<String, Map<Source, BigDecimal>> narrow) {
        narrow.forEach((endpoint, held) -> held.forEach((source, amount) -> {
            if (source.isTraced()) {
                var covered = wide.getOrDefault(endpoint, Map.of()).getOrDefault(source, BigDecimal.ZERO);
                assertThat(covered).as(endpoint + " " + source.label()).isGreaterThanOrEqualTo(amount);
            }
        }));
    }
}

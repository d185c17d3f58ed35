package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Haircut (proportional): every debit takes from every source in proportion to its share of the
 * balance at that moment, so each source keeps the same fraction of what it had. Parts are divided to
 * the cent by {@link ProRata} (largest remainder), so they always add up to the debit.
 *
 * <p>Source: M. Möser, R. Böhme, D. Breuker, "Towards Risk Scoring of Bitcoin Transactions",
 * Financial Cryptography workshops 2014 (haircut taint); in law the <em>pari passu</em> or
 * proportionate share, as preferred over FIFO in Barlow Clowes International Ltd v Vaughan [1992]
 * 4 All ER 22 (CA).
 */
public final class HaircutAllocator implements TaintAllocator {

    @Override
    public String name() {
        return "haircut";
    }

    @Override
    public String definition() {
        return "haircut: every debit takes from every source in proportion to its share of the balance";
    }

    @Override
    public AccountLedger open(int scale) {
        return new ProportionalLedger(scale);
    }

    /** Sources and their amounts; a debit is shared among them pro rata. Shared with LIBR's traced pool. */
    static final class ProportionalLedger implements AccountLedger {

        private final int scale;
        private final Map<Source, BigDecimal> held = new LinkedHashMap<>();

        ProportionalLedger(int scale) {
            this.scale = scale;
        }

        @Override
        public void credit(String transferId, Instant at, BigDecimal amount, List<Portion> portions) {
            for (var portion : portions) {
                if (portion.amount().signum() > 0) {
                    held.merge(portion.source(), portion.amount(), BigDecimal::add);
                }
            }
        }

        @Override
        public List<Portion> debit(String transferId, Instant at, BigDecimal amount) {
            return take(amount, "haircut");
        }

        /** Takes {@code amount} from every source pro rata; {@code rule} names the step. */
        List<Portion> take(BigDecimal amount, String rule) {
            var before = balance();
            var parts = ProRata.split(amount, held, scale);
            var portions = new ArrayList<Portion>();
            parts.forEach((source, part) -> {
                var had = held.get(source);
                if (part.signum() > 0) {
                    portions.add(new Portion(
                            source, part, rule + ": " + Figures.amount(amount) + " × " + ProRata.ratio(had, before)));
                }
                var left = had.subtract(part);
                if (left.signum() == 0) {
                    held.remove(source);
                } else {
                    held.put(source, left);
                }
            });
            return portions;
        }

        @Override
        public BigDecimal balance() {
            return held.values().stream().reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
        }

        @Override
        public Map<Source, BigDecimal> holdings() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(held));
        }
    }
}

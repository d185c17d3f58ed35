package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Poison: once any traced money enters an account, every later debit from it is wholly traced to
 * that source, whatever else the account held — the widest attribution, an upper bound for every
 * other rule. A source's coverage can therefore exceed what it put in; restitution caps each claim at
 * what the victim paid and shares a recovered amount pro rata over the claims.
 *
 * <p>Source: M. Möser, R. Böhme, D. Breuker, "Towards Risk Scoring of Bitcoin Transactions",
 * Financial Cryptography workshops 2014 (poison taint). Worked example: {@code docs/tracing.md}.
 */
public final class PoisonAllocator implements TaintAllocator {

    @Override
    public String name() {
        return "poison";
    }

    @Override
    public String definition() {
        return "poison: once traced money enters an account, every later debit from it is wholly traced to it";
    }

    @Override
    public AccountLedger open(int scale) {
        return new Ledger(scale);
    }

    @Override
    public boolean additive() {
        return false;
    }

    private static final class Ledger implements AccountLedger {

        private final Map<Source, String> poisonedBy = new LinkedHashMap<>();
        private BigDecimal balance;

        Ledger(int scale) {
            balance = BigDecimal.ZERO.setScale(scale);
        }

        @Override
        public void credit(String transferId, Instant at, BigDecimal amount, List<Portion> portions) {
            balance = balance.add(amount);
            for (var portion : portions) {
                if (portion.source().isTraced() && portion.amount().signum() > 0) {
                    poisonedBy.putIfAbsent(portion.source(), transferId);
                }
            }
        }

        @Override
        public List<Portion> debit(String transferId, Instant at, BigDecimal amount) {
            if (amount.compareTo(balance) > 0) {
                throw new IllegalStateException(
                        "debit " + transferId + " exceeds the balance " + balance.toPlainString());
            }
            balance = balance.subtract(amount);
            if (poisonedBy.isEmpty()) {
                return List.of(new Portion(Source.CLEAN, amount, "poison: no traced money has entered this account"));
            }
            return poisonedBy.entrySet().stream()
                    .map(e -> new Portion(
                            e.getKey(),
                            amount,
                            "poison: wholly traced, the account holds traced money since " + e.getValue()))
                    .toList();
        }

        @Override
        public BigDecimal balance() {
            return balance;
        }

        @Override
        public Map<Source, BigDecimal> holdings() {
            if (poisonedBy.isEmpty()) {
                return Map.of(Source.CLEAN, balance);
            }
            var held = new LinkedHashMap<Source, BigDecimal>();
            poisonedBy.keySet().forEach(source -> held.put(source, balance));
            return Collections.unmodifiableMap(held);
        }
    }
}

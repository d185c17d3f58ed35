package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LIBR, the lowest intermediate balance rule: the holder is presumed to spend his own (untraced)
 * money first; a debit beyond it reduces the traced sources in proportion to what each still holds;
 * and traced money once spent is never replaced by later deposits, which stay untraced. So the traced
 * value in an account can never exceed the lowest balance it fell to after the traced money arrived.
 *
 * <p>Sources: Re Hallett's Estate (1880) 13 Ch D 696 (own money spent first); Roscoe (James) (Bolton)
 * Ltd v Winder [1915] 1 Ch 62 (later deposits do not replenish the trust money; the claim is capped at
 * the lowest intermediate balance); Barlow Clowes International Ltd v Vaughan [1992] 4 All ER 22 (among
 * several claimants, pro rata). Worked example: {@code docs/tracing.md}.
 */
public final class LibrAllocator implements TaintAllocator {

    @Override
    public String name() {
        return "libr";
    }

    @Override
    public String definition() {
        return "LIBR: the holder's own (untraced) money is spent first, then traced money pro rata;"
                + " later deposits never replenish traced money";
    }

    @Override
    public AccountLedger open(int scale) {
        return new Ledger(scale);
    }

    private static final class Ledger implements AccountLedger {

        private final HaircutAllocator.ProportionalLedger own;
        private final HaircutAllocator.ProportionalLedger traced;

        Ledger(int scale) {
            own = new HaircutAllocator.ProportionalLedger(scale);
            traced = new HaircutAllocator.ProportionalLedger(scale);
        }

        @Override
        public void credit(String transferId, Instant at, BigDecimal amount, List<Portion> portions) {
            own.credit(
                    transferId,
                    at,
                    amount,
                    portions.stream().filter(p -> !p.source().isTraced()).toList());
            traced.credit(
                    transferId,
                    at,
                    amount,
                    portions.stream().filter(p -> p.source().isTraced()).toList());
        }

        @Override
        public List<Portion> debit(String transferId, Instant at, BigDecimal amount) {
            var fromOwn = amount.min(own.balance());
            var portions = new ArrayList<Portion>(own.take(fromOwn, "LIBR, the holder's own money first"));
            var rest = amount.subtract(fromOwn);
            if (rest.signum() > 0) {
                portions.addAll(traced.take(rest, "LIBR, beyond the holder's own money, traced money pro rata"));
            }
            return portions;
        }

        @Override
        public BigDecimal balance() {
            return own.balance().add(traced.balance());
        }

        @Override
        public Map<Source, BigDecimal> holdings() {
            var all = new LinkedHashMap<Source, BigDecimal>(own.holdings());
            all.putAll(traced.holdings());
            return all;
        }
    }
}

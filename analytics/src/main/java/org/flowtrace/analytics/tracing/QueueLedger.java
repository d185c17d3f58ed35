package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger of FIFO and LIFO: every credit's portions become lots in arrival order; a debit takes
 * whole lots from the oldest end (FIFO) or the newest end (LIFO), splitting the last one it touches.
 */
final class QueueLedger implements AccountLedger {

    private record Lot(Source source, BigDecimal amount, String transferId, Instant at) {}

    private final boolean oldestFirst;
    private final String rule;
    private final int scale;
    private final Deque<Lot> lots = new ArrayDeque<>();

    QueueLedger(boolean oldestFirst, int scale) {
        this.oldestFirst = oldestFirst;
        this.rule = oldestFirst ? "FIFO, oldest money first" : "LIFO, newest money first";
        this.scale = scale;
    }

    @Override
    public void credit(String transferId, Instant at, BigDecimal amount, List<Portion> portions) {
        for (var portion : portions) {
            if (portion.amount().signum() > 0) {
                lots.addLast(new Lot(portion.source(), portion.amount(), transferId, at));
            }
        }
    }

    @Override
    public List<Portion> debit(String transferId, Instant at, BigDecimal amount) {
        var portions = new ArrayList<Portion>();
        var left = amount;
        while (left.signum() > 0) {
            var lot = oldestFirst ? lots.pollFirst() : lots.pollLast();
            if (lot == null) {
                throw new IllegalStateException(
                        "debit " + transferId + " exceeds the balance by " + left.toPlainString());
            }
            var taken = lot.amount().min(left);
            var rest = lot.amount().subtract(taken);
            portions.add(new Portion(
                    lot.source(),
                    taken,
                    rule + ": " + Figures.amount(taken) + " of the credit " + lot.transferId() + " of "
                            + lot.at().atOffset(ZoneOffset.UTC).toLocalDate() + " (" + Figures.amount(rest)
                            + " of it left)"));
            if (rest.signum() > 0) {
                var remaining = new Lot(lot.source(), rest, lot.transferId(), lot.at());
                if (oldestFirst) {
                    lots.addFirst(remaining);
                } else {
                    lots.addLast(remaining);
                }
            }
            left = left.subtract(taken);
        }
        return portions;
    }

    @Override
    public BigDecimal balance() {
        return lots.stream().map(Lot::amount).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }

    @Override
    public Map<Source, BigDecimal> holdings() {
        var held = new LinkedHashMap<Source, BigDecimal>();
        lots.forEach(lot -> held.merge(lot.source(), lot.amount(), BigDecimal::add));
        return Collections.unmodifiableMap(held);
    }
}

package org.flowtrace.analytics.tracing;

/**
 * FIFO, first in, first out: a debit spends the oldest money in the account first (the rule in
 * Clayton's Case, Devaynes v Noble (1816) 1 Mer 572, for running accounts). Each credit's portions
 * are lots in arrival order; a debit takes whole lots from the oldest and splits the last it touches.
 *
 * <p>Source: Clayton's Case; for blockchains, R. Anderson, I. Shumailov, M. Ahmed, A. Rietmann,
 * "Bitcoin Redux", WEIS 2018, which argues for FIFO against poison and haircut taint. Worked examples
 * (and FIFO against haircut on the same account): {@code docs/tracing.md}.
 */
public final class FifoAllocator implements TaintAllocator {

    @Override
    public String name() {
        return "fifo";
    }

    @Override
    public String definition() {
        return "FIFO: a debit spends the oldest money in the account first";
    }

    @Override
    public AccountLedger open(int scale) {
        return new QueueLedger(true, scale);
    }
}

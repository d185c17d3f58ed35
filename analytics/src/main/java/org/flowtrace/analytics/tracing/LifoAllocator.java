package org.flowtrace.analytics.tracing;

/**
 * LIFO, last in, first out: a debit spends the newest money in the account first — the mirror of
 * {@link FifoAllocator}, often used as the claimant-unfriendly bound (money just paid in is presumed
 * to leave first). Worked example: {@code docs/tracing.md}.
 */
public final class LifoAllocator implements TaintAllocator {

    @Override
    public String name() {
        return "lifo";
    }

    @Override
    public String definition() {
        return "LIFO: a debit spends the newest money in the account first";
    }

    @Override
    public AccountLedger open(int scale) {
        return new QueueLedger(false, scale);
    }
}

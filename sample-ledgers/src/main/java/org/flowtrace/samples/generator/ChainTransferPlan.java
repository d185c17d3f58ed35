package org.flowtrace.samples.generator;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * One USDT transfer on TRON or Ethereum, before it is written.
 *
 * @param second seconds after the start of the period
 * @param from the paying wallet
 * @param to the receiving wallet
 * @param raw the amount in USDT base units (six decimals)
 * @param tx the transaction hash, 64 lower-case hex digits without {@code 0x}
 * @param pattern the index of its pattern in the ground truth, or -1 for ordinary activity
 * @param payment whether it is a ransom payment the truth lists on its own
 */
record ChainTransferPlan(
        long second, ChainWallet from, ChainWallet to, long raw, String tx, int pattern, boolean payment) {

    static final int USDT_DECIMALS = 6;

    ChainTransferPlan {
        if (from.chain() != to.chain()) {
            throw new IllegalArgumentException("a transfer stays on one chain");
        }
        if (raw <= 0) {
            throw new IllegalArgumentException("nothing moved: " + raw);
        }
    }

    Chain chain() {
        return from.chain();
    }

    /** A transaction hash of 32 random bytes. */
    static String drawTx(SplittableRandom random) {
        var hex = HexFormat.of();
        return hex.toHexDigits(random.nextLong())
                + hex.toHexDigits(random.nextLong())
                + hex.toHexDigits(random.nextLong())
                + hex.toHexDigits(random.nextLong());
    }

    /** Base units of a USD amount in cents (USDT is one dollar). */
    static long rawOfCents(long cents) {
        return cents * 10_000L;
    }
}

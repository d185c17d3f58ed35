package org.flowtrace.samples.generator;

import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * Ordinary USDT activity on one chain: withdrawals from exchanges' hot wallets to their customers,
 * customers' deposits to their deposit addresses, payments between persons, and large transfers
 * between exchanges. Amounts are log-normal per kind (heavy-tailed overall); the time of day and week
 * is set by an {@link ActivityClock}, as for the ledger.
 */
final class ChainActivity {

    /** Cap on one ordinary transfer: 20 million USD. */
    private static final long MAX_CENTS = 2_000_000_000L;

    private final WalletPopulation wallets;
    private final Chain chain;
    private final SplittableRandom random;

    ChainActivity(WalletPopulation wallets, Chain chain, SplittableRandom random) {
        this.wallets = wallets;
        this.chain = chain;
        this.random = random;
    }

    ChainTransferPlan next(long second) {
        int kind = random.nextInt(100);
        int holder = wallets.holder(chain, random);
        var own = wallets.personal(chain, holder);
        int exchange = random.nextInt(5) < 4 ? wallets.exchangeOf(chain, holder) : wallets.exchange(random);
        if (kind < 36) {
            return plan(second, wallets.hot(chain, exchange), own, logNormal(5.6, 1.3));
        }
        if (kind < 72) {
            return plan(second, own, wallets.depositOf(chain, holder, exchange), logNormal(5.6, 1.3));
        }
        if (kind < 95) {
            int other = wallets.holder(chain, random);
            if (other == holder) {
                other = (other + 1) % wallets.holders(chain);
            }
            return plan(second, own, wallets.personal(chain, other), logNormal(4.7, 1.4));
        }
        int to = (exchange + 1 + random.nextInt(wallets.exchanges() - 1)) % wallets.exchanges();
        return plan(
                second,
                wallets.hot(chain, exchange),
                wallets.deposit(chain, to, random.nextInt(WalletPopulation.DEPOSIT_WALLETS)),
                logNormal(9.5, 1.0));
    }

    private ChainTransferPlan plan(long second, ChainWallet from, ChainWallet to, long cents) {
        return new ChainTransferPlan(
                second, from, to, ChainTransferPlan.rawOfCents(cents), ChainTransferPlan.drawTx(random), -1, false);
    }

    private long logNormal(double mu, double sigma) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.min(MAX_CENTS, Math.max(1, Math.round(Math.exp(mu + sigma * gaussian) * 100)));
    }
}

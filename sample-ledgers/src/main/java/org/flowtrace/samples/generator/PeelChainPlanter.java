package org.flowtrace.samples.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * Plants peel chains and their legitimate look-alike on TRON and Ethereum.
 *
 * <p>A peel chain (Chainalysis, Elliptic and the US Treasury's 2023 pig-butchering advisories describe
 * it for scam proceeds): an operator wallet, filled by a few victims' payments over the days before,
 * sends the whole sum to a fresh wallet; each fresh wallet peels off a small part — mostly to an
 * exchange deposit address, where it is cashed out — and forwards the rest to the next fresh wallet,
 * usually within minutes to a few hours. Chains have 5 to 24 hops; most hops peel 0.5–15 % (a few up to
 * a quarter), some forward everything, and a wallet may leave a little dust behind. The last wallet
 * pays the remainder into an exchange.
 *
 * <p>The look-alike ({@link Typology#EXCHANGE_PAYOUTS}): an exchange tops its hot wallet up from its cold
 * wallet and pays out dozens of customers' withdrawals over the next hours — many outflows after one
 * large inflow, but none of them carries most of it on.
 */
final class PeelChainPlanter {

    private static final int MINUTE = 60;
    private static final int HOUR = 3600;
    private static final int DAY = 24 * HOUR;

    private final WalletPopulation wallets;
    private final SplittableRandom random;
    private final long periodSeconds;

    PeelChainPlanter(WalletPopulation wallets, SplittableRandom random, int days) {
        this.wallets = wallets;
        this.random = random;
        this.periodSeconds = (long) days * DAY;
    }

    /** Four chains in five on TRON. */
    Chain chain() {
        return random.nextInt(5) < 4 ? Chain.TRON : Chain.ETHEREUM;
    }

    ChainPattern peelChain(int index) {
        var chain = chain();
        var origin = ChainWallet.draw(chain, random);
        int hops = 5 + random.nextInt(20);
        long amount = ChainTransferPlan.rawOfCents(Math.round(logUniform(15_000, 400_000) * 100));
        // times relative to the chain's first transfer, compressed if the chain would not fit the period
        long budget = periodSeconds - 7L * DAY;
        long maxDelay = Math.min(20L * HOUR, budget / (hops + 1));
        var transfers = new ArrayList<ChainTransferPlan>();
        var hopWallets = new ArrayList<ChainWallet>();
        var peelReceivers = new LinkedHashSet<ChainWallet>();
        long t = 0;
        var holder = origin;
        long left = amount;
        for (int hop = 0; hop <= hops; hop++) {
            boolean last = hop == hops;
            ChainWallet next;
            if (last) {
                int exchange = wallets.exchange(random);
                next = wallets.deposit(chain, exchange, random.nextInt(WalletPopulation.DEPOSIT_WALLETS));
            } else {
                next = ChainWallet.draw(chain, random);
                hopWallets.add(next);
            }
            transfers.add(plan(t, holder, next, left, index));
            if (last) {
                break;
            }
            holder = next;
            long delay = Math.min(maxDelay, Math.max(2 * MINUTE, Math.round(Math.exp(7.3 + 1.1 * gaussian()))));
            t += delay;
            if (random.nextInt(100) < 85) {
                double share = random.nextInt(20) == 0 ? 0.15 + random.nextDouble() * 0.10 : logUniform(0.005, 0.15);
                long peel = Math.max(1, Math.round(left * share / 10_000.0) * 10_000); // whole cents
                var receiver = peelReceiver(chain);
                peelReceivers.add(receiver);
                long peelAt = t + random.nextInt(10 * MINUTE);
                transfers.add(plan(peelAt, holder, receiver, peel, index));
                left -= peel;
                t += random.nextInt(20 * MINUTE);
            }
            if (random.nextInt(10) == 0) {
                left -= Math.min(left / 10_000, ChainTransferPlan.rawOfCents(1 + random.nextInt(100)));
            }
        }
        long duration = t;
        long first = 7L * DAY + random.nextLong(Math.max(1, periodSeconds - 7L * DAY - duration - HOUR));
        var funded = fund(origin, amount, first, index);
        var all = new ArrayList<ChainTransferPlan>(funded.transfers());
        for (var transfer : transfers) {
            all.add(shift(transfer, first));
        }
        all.sort(Comparator.comparingLong(ChainTransferPlan::second));
        var members = new ArrayList<ChainWallet>();
        members.add(origin);
        members.addAll(hopWallets);
        members.add(transfers.get(transfers.size() - 1).to());
        members.addAll(peelReceivers);
        members.addAll(funded.payers());
        return new ChainPattern(index, Typology.PEEL_CHAIN, distinct(members), all);
    }

    ChainPattern exchangePayouts(int index) {
        var chain = chain();
        int exchange = wallets.exchange(random);
        var hot = wallets.hot(chain, exchange);
        var cold = wallets.cold(chain, exchange);
        long refill = ChainTransferPlan.rawOfCents(Math.round(logUniform(50_000, 600_000) * 100));
        long t = random.nextLong(periodSeconds - 2L * DAY);
        var transfers = new ArrayList<ChainTransferPlan>();
        transfers.add(plan(t, cold, hot, refill, index));
        var members = new ArrayList<ChainWallet>(List.of(hot, cold));
        int withdrawals = 25 + random.nextInt(96);
        for (int i = 0; i < withdrawals; i++) {
            t += 30 + random.nextInt(12 * MINUTE);
            int holder = wallets.holder(chain, random);
            var customer = wallets.personal(chain, holder);
            members.add(customer);
            long cents = Math.round(Math.exp(6.2 + 1.2 * gaussian()) * 100);
            transfers.add(plan(t, hot, customer, ChainTransferPlan.rawOfCents(Math.max(1_000, cents)), index));
        }
        return new ChainPattern(index, Typology.EXCHANGE_PAYOUTS, distinct(members), transfers);
    }

    /** Most peels go to an exchange deposit address; some to a person's or a fresh wallet (an OTC broker). */
    private ChainWallet peelReceiver(Chain chain) {
        int kind = random.nextInt(10);
        if (kind < 7) {
            return wallets.deposit(chain, wallets.exchange(random), random.nextInt(WalletPopulation.DEPOSIT_WALLETS));
        }
        if (kind < 9) {
            return wallets.personal(chain, wallets.holder(chain, random));
        }
        return ChainWallet.draw(chain, random);
    }

    private record Funding(List<ChainTransferPlan> transfers, List<ChainWallet> payers) {}

    /** The victims' payments that fill the origin over the days before the chain starts. */
    private Funding fund(ChainWallet origin, long amount, long first, int index) {
        int payers = 3 + random.nextInt(6);
        var transfers = new ArrayList<ChainTransferPlan>();
        var wallets = new ArrayList<ChainWallet>();
        long left = amount;
        long t = first - (1 + random.nextInt(5)) * (long) DAY;
        for (int i = 0; i < payers; i++) {
            long part =
                    i == payers - 1 ? left : Math.round(left * (0.15 + random.nextDouble() * 0.3) / 10_000.0) * 10_000;
            var payer = this.wallets.personal(origin.chain(), this.wallets.holder(origin.chain(), random));
            wallets.add(payer);
            transfers.add(plan(t, payer, origin, part, index));
            left -= part;
            t = Math.min(first - HOUR, t + HOUR + random.nextInt(DAY));
        }
        return new Funding(transfers, wallets);
    }

    private ChainTransferPlan plan(long second, ChainWallet from, ChainWallet to, long raw, int index) {
        return new ChainTransferPlan(second, from, to, raw, ChainTransferPlan.drawTx(random), index, false);
    }

    private static ChainTransferPlan shift(ChainTransferPlan plan, long by) {
        return new ChainTransferPlan(
                plan.second() + by, plan.from(), plan.to(), plan.raw(), plan.tx(), plan.pattern(), plan.payment());
    }

    private static List<ChainWallet> distinct(List<ChainWallet> wallets) {
        return List.copyOf(new LinkedHashSet<>(wallets));
    }

    private double logUniform(double lo, double hi) {
        return Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(hi) - Math.log(lo)));
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

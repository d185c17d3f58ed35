package org.flowtrace.samples.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * Plants ransoms paid in USDT on TRON, as families increasingly pay scam compounds (UNODC 2023 and
 * 2024): each of one to three relatives buys USDT at an exchange, which pays it out to a fresh wallet
 * of theirs, and pays it on within a day or two to the wallet the compound names — a mule's or one the
 * operators control. That wallet forwards the sum, less a cut of up to 3 %, to an operator collection
 * wallet or an exchange deposit address within hours of the last payment. The ransoms are
 * 3,000–20,000 USD, as on the bank side.
 *
 * <p>The look-alike ({@link Typology#FAMILY_REMITTANCE} on TRON): a worker abroad sends USDT home every
 * month — 1,500–12,000 USD, for a house, school fees, a wedding — and the relative cashes most of it
 * out at an exchange within a day, which is the shape of a mule passing a ransom on.
 */
final class TronRansomPlanter {

    private static final int HOUR = 3600;
    private static final int DAY = 24 * HOUR;

    private final WalletPopulation wallets;
    private final SplittableRandom random;
    private final long periodSeconds;

    TronRansomPlanter(WalletPopulation wallets, SplittableRandom random, int days) {
        this.wallets = wallets;
        this.random = random;
        this.periodSeconds = (long) days * DAY;
    }

    ChainPattern ransom(int index) {
        var chain = Chain.TRON;
        var mule = random.nextBoolean()
                ? wallets.personal(chain, wallets.holder(chain, random))
                : ChainWallet.draw(chain, random);
        long ransomCents = 300_000 + random.nextLong(1_700_000);
        int payers = 1 + random.nextInt(3);
        long shareCents = ransomCents / payers;
        long t = 2L * DAY + random.nextLong(periodSeconds - 8L * DAY);
        var transfers = new ArrayList<ChainTransferPlan>();
        var members = new ArrayList<ChainWallet>(List.of(mule));
        var sellers = new ArrayList<ChainWallet>();
        long paid = 0;
        for (int i = 0; i < payers; i++) {
            var payer = ChainWallet.draw(chain, random);
            members.add(payer);
            int exchange = wallets.exchange(random);
            sellers.add(wallets.hot(chain, exchange));
            long bought = shareCents + random.nextLong(Math.max(1, shareCents / 30));
            long withdrawn = t - HOUR - random.nextLong(30L * HOUR);
            transfers.add(plan(
                    withdrawn,
                    wallets.hot(chain, exchange),
                    payer,
                    ChainTransferPlan.rawOfCents(bought),
                    index,
                    false));
            transfers.add(plan(t, payer, mule, ChainTransferPlan.rawOfCents(shareCents), index, true));
            paid += shareCents;
            t += HOUR + random.nextLong(2L * DAY);
        }
        long lastPaid = transfers.get(transfers.size() - 1).second();
        var onward = random.nextInt(3) < 2
                ? ChainWallet.draw(chain, random)
                : wallets.deposit(chain, wallets.exchange(random), random.nextInt(WalletPopulation.DEPOSIT_WALLETS));
        members.add(onward);
        members.addAll(sellers);
        long kept = 970 + random.nextInt(31); // per mille passed on
        transfers.add(plan(
                lastPaid + HOUR / 2 + random.nextLong(6L * HOUR),
                mule,
                onward,
                ChainTransferPlan.rawOfCents(paid * kept / 1000),
                index,
                false));
        transfers.sort(java.util.Comparator.comparingLong(ChainTransferPlan::second));
        return new ChainPattern(index, Typology.RANSOM, List.copyOf(new LinkedHashSet<>(members)), transfers);
    }

    ChainPattern remittance(int index) {
        var chain = Chain.TRON;
        int worker = wallets.holder(chain, random);
        int relative = wallets.holder(chain, random);
        if (relative == worker) {
            relative = (relative + 1) % wallets.holders(chain);
        }
        var sender = wallets.personal(chain, worker);
        var receiver = wallets.personal(chain, relative);
        int exchange = wallets.exchangeOf(chain, relative);
        var cashOut = wallets.depositOf(chain, relative, exchange);
        long cents = Math.round(Math.exp(Math.log(1_500) + random.nextDouble() * Math.log(8)) * 100);
        var transfers = new ArrayList<ChainTransferPlan>();
        for (long t = random.nextLong(30L * DAY) % (periodSeconds - 2L * DAY);
                t < periodSeconds - 2L * DAY;
                t += 30L * DAY) {
            long sent = cents + (random.nextLong(cents / 5 + 1) - cents / 10);
            transfers.add(plan(t, sender, receiver, ChainTransferPlan.rawOfCents(sent), index, true));
            long kept = 80 + random.nextInt(21); // per cent cashed out
            transfers.add(plan(
                    t + HOUR / 4 + random.nextLong(DAY),
                    receiver,
                    cashOut,
                    ChainTransferPlan.rawOfCents(sent * kept / 100),
                    index,
                    false));
        }
        transfers.sort(java.util.Comparator.comparingLong(ChainTransferPlan::second));
        return new ChainPattern(index, Typology.FAMILY_REMITTANCE, List.of(receiver, sender, cashOut), transfers);
    }

    private ChainTransferPlan plan(
            long second, ChainWallet from, ChainWallet to, long raw, int index, boolean payment) {
        return new ChainTransferPlan(second, from, to, raw, ChainTransferPlan.drawTx(random), index, payment);
    }
}

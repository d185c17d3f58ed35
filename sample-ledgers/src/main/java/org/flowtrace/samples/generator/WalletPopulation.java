package org.flowtrace.samples.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * The wallets of the population on TRON and Ethereum. About one person in six keeps a USDT wallet on
 * TRON and one in sixteen on Ethereum (USDT on TRON is where most retail and most scam money moves).
 * Every exchange of the population has, on each chain, a cold wallet, a hot wallet it pays
 * withdrawals from, and {@value #DEPOSIT_WALLETS} deposit addresses its customers pay in to (a
 * customer keeps one; exchanges hand out one per customer, so customers share them here only to keep
 * the tag list short). Exchange names are made up.
 */
final class WalletPopulation {

    static final int DEPOSIT_WALLETS = 24;

    private static final String[] NAME_START = {
        "Kapok", "Lantern", "Mekong", "Orchid", "Jade", "Monsoon", "Coral", "Saffron", "Teak", "Lotus", "Harbour",
        "Tiger", "Bamboo", "Pearl", "Summit", "Delta"
    };
    private static final String[] NAME_END = {"Exchange", "Coin", "Trade", "Markets", "Bit", "X"};

    /** One chain's wallets. */
    private record OnChain(
            int[] holders, ChainWallet[] personal, ChainWallet[] cold, ChainWallet[] hot, ChainWallet[][] deposit) {}

    private final Population population;
    private final OnChain tron;
    private final OnChain ethereum;
    private final String[] exchangeNames;

    WalletPopulation(Population population, SplittableRandom random) {
        this.population = population;
        this.tron = onChain(Chain.TRON, 1 / 6.0, random);
        this.ethereum = onChain(Chain.ETHEREUM, 1 / 16.0, random);
        int exchanges = exchangeCount();
        exchangeNames = new String[exchanges];
        for (int e = 0; e < exchanges; e++) {
            var name = NAME_START[e % NAME_START.length] + " " + NAME_END[(e / NAME_START.length) % NAME_END.length];
            int round = e / (NAME_START.length * NAME_END.length);
            exchangeNames[e] = round == 0 ? name : name + " " + (round + 1);
        }
    }

    private OnChain onChain(Chain chain, double share, SplittableRandom random) {
        var holders = new ArrayList<Integer>();
        for (int account = 0; account < population.size(); account++) {
            if (population.kind(account) == Population.Kind.PERSON && random.nextDouble() < share) {
                holders.add(account);
            }
        }
        var personal = new ChainWallet[holders.size()];
        for (int i = 0; i < personal.length; i++) {
            personal[i] = ChainWallet.draw(chain, random);
        }
        int exchanges = exchangeCount();
        var cold = new ChainWallet[exchanges];
        var hot = new ChainWallet[exchanges];
        var deposit = new ChainWallet[exchanges][DEPOSIT_WALLETS];
        for (int e = 0; e < exchanges; e++) {
            cold[e] = ChainWallet.draw(chain, random);
            hot[e] = ChainWallet.draw(chain, random);
            for (int d = 0; d < DEPOSIT_WALLETS; d++) {
                deposit[e][d] = ChainWallet.draw(chain, random);
            }
        }
        return new OnChain(holders.stream().mapToInt(Integer::intValue).toArray(), personal, cold, hot, deposit);
    }

    private int exchangeCount() {
        int count = 0;
        while (count < population.size() && population.kind(count) == Population.Kind.EXCHANGE) {
            count++;
        }
        return count;
    }

    private OnChain on(Chain chain) {
        return chain == Chain.TRON ? tron : ethereum;
    }

    int exchanges() {
        return exchangeNames.length;
    }

    String exchangeName(int exchange) {
        return exchangeNames[exchange];
    }

    /** People holding a wallet on the chain. */
    int holders(Chain chain) {
        return on(chain).holders.length;
    }

    /** A holder (an index below {@link #holders}) drawn at random. */
    int holder(Chain chain, SplittableRandom random) {
        return random.nextInt(on(chain).holders.length);
    }

    ChainWallet personal(Chain chain, int holder) {
        return on(chain).personal[holder];
    }

    /** The exchange a holder mostly uses. */
    int exchangeOf(Chain chain, int holder) {
        return on(chain).holders[holder] % exchanges();
    }

    /** The deposit address a holder pays in to at {@code exchange}. */
    ChainWallet depositOf(Chain chain, int holder, int exchange) {
        return on(chain).deposit[exchange][holder % DEPOSIT_WALLETS];
    }

    ChainWallet deposit(Chain chain, int exchange, int index) {
        return on(chain).deposit[exchange][index];
    }

    ChainWallet hot(Chain chain, int exchange) {
        return on(chain).hot[exchange];
    }

    ChainWallet cold(Chain chain, int exchange) {
        return on(chain).cold[exchange];
    }

    /** An exchange, larger ones more often (a power law). */
    int exchange(SplittableRandom random) {
        return (int) (exchanges() * Math.pow(random.nextDouble(), 2));
    }

    /** Every wallet of every exchange on {@code chain}, with its role: what the TagPack lists. */
    List<ExchangeWallet> exchangeWallets(Chain chain) {
        var wallets = new ArrayList<ExchangeWallet>();
        var on = on(chain);
        for (int e = 0; e < exchanges(); e++) {
            wallets.add(new ExchangeWallet(e, "cold wallet", on.cold[e]));
            wallets.add(new ExchangeWallet(e, "hot wallet", on.hot[e]));
            for (int d = 0; d < DEPOSIT_WALLETS; d++) {
                wallets.add(new ExchangeWallet(e, "deposit address", on.deposit[e][d]));
            }
        }
        return wallets;
    }

    /** A wallet of an exchange and what it is for. */
    record ExchangeWallet(int exchange, String role, ChainWallet wallet) {}
}

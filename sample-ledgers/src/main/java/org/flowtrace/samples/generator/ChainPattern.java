package org.flowtrace.samples.generator;

import java.util.List;

/**
 * A pattern planted on a chain, as the ground truth lists it.
 *
 * @param index its index in the ground truth (its id is {@code P} and index + 1)
 * @param typology what it is
 * @param wallets its wallets, the centre first (a peel chain's origin, then its hops in order and the
 *     peel receivers; the exchange's hot wallet of a payout; the mule of a ransom, then its payers, where the money went and the
 *     exchanges' hot wallets that sold the payers their USDT; the receiver of a remittance, then its sender
 *     and the deposit address it is cashed out at)
 * @param transfers its transfers, in time order
 */
record ChainPattern(int index, Typology typology, List<ChainWallet> wallets, List<ChainTransferPlan> transfers) {

    ChainPattern {
        wallets = List.copyOf(wallets);
        transfers = List.copyOf(transfers);
    }

    String id() {
        return "P%06d".formatted(index + 1);
    }
}

package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of ransom payments.
 *
 * @param minPaymentUsd one payment, at least
 * @param minTotalUsd the payments together, at least
 * @param maxTotalUsd the payments together, at most (ransoms reported are 3,000–20,000 USD)
 * @param maxPayers payers who together make up one ransom, at most
 * @param payersWithin from the first payment to the last
 * @param oneOffWithin a payment is one-off when its payer paid the receiver nothing else this long before
 *     or after it (a family's monthly remittance is not)
 * @param passOnWithin how soon after the last payment the receiver passes the money on
 * @param minShare what is passed on as a share of the payments, at least
 * @param maxShare what is passed on as a share of the payments, at most
 * @param minAmountZ how unusual the passing on must be for the receiver ({@link AmountBaseline})
 * @param minShareOfInflow the payments as a share of all the receiver got in the {@code payersWithin}
 *     before the passing on, at least (a shop or an exchange takes in far more besides)
 * @param busyPayers a receiver paid by this many payers or more (the ransom's among them) in the
 *     {@code busyWithin} before the passing on takes money in broadly and steadily — a shop, a company, an
 *     exchange — and is no ransom mule (a mule's account gets a family's few payments besides its
 *     holder's own few payers)
 * @param busyWithin how far back the receiver's other payers are counted
 */
public record RansomParameters(
        double minPaymentUsd,
        double minTotalUsd,
        double maxTotalUsd,
        int maxPayers,
        Duration payersWithin,
        Duration oneOffWithin,
        Duration passOnWithin,
        double minShare,
        double maxShare,
        double minAmountZ,
        double minShareOfInflow,
        int busyPayers,
        Duration busyWithin) {

    public static final RansomParameters DEFAULTS = new RansomParameters(
            500,
            1_500,
            21_000,
            5,
            Duration.ofDays(5),
            Duration.ofDays(45),
            Duration.ofHours(12),
            0.90,
            1.0,
            2.0,
            0.5,
            30,
            Duration.ofDays(14));

    public RansomParameters {
        if (maxPayers < 1 || minTotalUsd > maxTotalUsd || minShare <= 0 || maxShare < minShare) {
            throw new IllegalArgumentException("need maxPayers ≥ 1, minTotal ≤ maxTotal and 0 < minShare ≤ maxShare");
        }
        if (busyPayers <= maxPayers || busyWithin.isNegative() || busyWithin.isZero()) {
            throw new IllegalArgumentException("need busyPayers > maxPayers and a positive busyWithin");
        }
    }

    SortedMap<String, String> asMap() {
        var map = new TreeMap<String, String>(Map.of(
                "minPaymentUsd", Double.toString(minPaymentUsd),
                "minTotalUsd", Double.toString(minTotalUsd),
                "maxTotalUsd", Double.toString(maxTotalUsd),
                "maxPayers", Integer.toString(maxPayers),
                "payersWithin", payersWithin.toString(),
                "oneOffWithin", oneOffWithin.toString(),
                "passOnWithin", passOnWithin.toString(),
                "minShare", Double.toString(minShare),
                "maxShare", Double.toString(maxShare)));
        map.put("minAmountZ", Double.toString(minAmountZ));
        map.put("minShareOfInflow", Double.toString(minShareOfInflow));
        map.put("busyPayers", Integer.toString(busyPayers));
        map.put("busyWithin", busyWithin.toString());
        return map;
    }
}

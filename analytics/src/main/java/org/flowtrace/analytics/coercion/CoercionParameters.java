package org.flowtrace.analytics.coercion;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Thresholds of the coerced-worker indicators (docs/coerced-workers.md gives the reasons for each).
 *
 * @param minVictimSenders victim-like senders an account or wallet must receive from, at least (each
 *     one-off: at most {@code maxPaymentsPerSender} payments, not an operator's endpoint, never paid back)
 * @param maxPaymentsPerSender payments of one sender that still make it a one-off payer (a victim pays a
 *     deposit, then a "tax" or "fee")
 * @param minInflowUsd what the victim-like senders paid together, at least
 * @param minOperatorShare the part of all its outflows that went to operator endpoints, at least
 * @param minForwardedShare what went to operator endpoints as a part of all it received, at least (a
 *     worker keeps nothing; a mule keeps a cut)
 * @param openedWithin accounts at one bank opened within this of each other make a batch
 * @param minBatch accounts in a batch, at least
 * @param minSharedEndpoints accounts and wallets of different persons reached from one shared
 *     identifier, at least
 * @param sharedIdentifierKinds identifier kinds (key prefixes) that show control: phones, e-mails, devices
 * @param minScore the combined score from which a party is marked as a possible victim
 * @param ownershipThresholdPercent a company's accounts count as the operator's when a designated party
 *     owns more than this share of it through the register (or controls it)
 * @param minSameAsScore the lowest score of an entity-resolution candidate followed from a designated
 *     party to its register record, and from a company to the records that hold its accounts
 * @param sweptWithin how soon each victim payment must be passed on, by itself, for flows to a company the
 *     operator owns through the register to count
 */
public record CoercionParameters(
        int minVictimSenders,
        int maxPaymentsPerSender,
        double minInflowUsd,
        double minOperatorShare,
        double minForwardedShare,
        Duration openedWithin,
        int minBatch,
        int minSharedEndpoints,
        List<String> sharedIdentifierKinds,
        double minScore,
        double ownershipThresholdPercent,
        double minSameAsScore,
        Duration sweptWithin) {

    public static final CoercionParameters DEFAULTS = new CoercionParameters(
            2,
            3,
            1_000,
            0.90,
            0.90,
            Duration.ofDays(3),
            3,
            3,
            List.of("PHONE", "EMAIL", "DEVICE", "IP"),
            0.5,
            25,
            0.8,
            Duration.ofHours(24));

    public CoercionParameters {
        if (minVictimSenders < 1 || maxPaymentsPerSender < 1 || minBatch < 2 || minSharedEndpoints < 2) {
            throw new IllegalArgumentException(
                    "need at least 1 victim sender, 1 payment per sender, batches of 2 and 2 shared endpoints");
        }
        if (!(minOperatorShare > 0 && minOperatorShare <= 1) || !(minForwardedShare > 0)) {
            throw new IllegalArgumentException("shares must be above 0, the operator share at most 1");
        }
        if (!(minScore > 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be within (0, 1]: " + minScore);
        }
        if (!(ownershipThresholdPercent >= 0 && ownershipThresholdPercent < 100)
                || !(minSameAsScore >= 0 && minSameAsScore <= 1)
                || !sweptWithin.isPositive()) {
            throw new IllegalArgumentException(
                    "need an ownership threshold within [0, 100), a SAME_AS score within [0, 1] and a positive"
                            + " sweptWithin");
        }
        sharedIdentifierKinds = List.copyOf(sharedIdentifierKinds);
    }

    SortedMap<String, String> asMap() {
        var map = new TreeMap<String, String>(Map.of(
                "minVictimSenders", Integer.toString(minVictimSenders),
                "maxPaymentsPerSender", Integer.toString(maxPaymentsPerSender),
                "minInflowUsd", Double.toString(minInflowUsd),
                "minOperatorShare", Double.toString(minOperatorShare),
                "minForwardedShare", Double.toString(minForwardedShare),
                "openedWithin", openedWithin.toString(),
                "minBatch", Integer.toString(minBatch),
                "minSharedEndpoints", Integer.toString(minSharedEndpoints),
                "sharedIdentifierKinds", String.join(",", sharedIdentifierKinds),
                "minScore", Double.toString(minScore)));
        map.put("ownershipThresholdPercent", Double.toString(ownershipThresholdPercent));
        map.put("minSameAsScore", Double.toString(minSameAsScore));
        map.put("sweptWithin", sweptWithin.toString());
        return map;
    }
}

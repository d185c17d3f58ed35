package org.flowtrace.analytics.tracing;

import java.util.ArrayList;
import java.util.List;

/**
 * What the graph says about an account or wallet that matters to a trace: whether it is an exchange
 * (custodial, by its attribution tag), its tags, whether its bank's own evidence is loaded (a goAML
 * report names it or its bank statement is in the graph), and the endpoints explicitly linked to it.
 *
 * @param links linked endpoints, each with why: {@code SAME_AS} confirmed by an analyst, or one party
 *     that holds the account and controls the wallet
 */
public record EndpointInfo(
        String key, boolean wallet, boolean custodial, List<String> tags, boolean bankReports, List<Link> links) {

    /** An explicit link to another endpoint, and what makes it. */
    public record Link(String to, String why) {}

    public EndpointInfo {
        tags = List.copyOf(tags);
        links = List.copyOf(links);
    }

    /** An endpoint the graph knows nothing more about. */
    static EndpointInfo bare(String key, boolean wallet) {
        return new EndpointInfo(key, wallet, false, List.of(), false, List.of());
    }

    /**
     * Where a freeze request can go, given the assets that reached it; empty when nowhere obvious:
     * an exchange deposit address (by its tag), a bank account (its bank; noted when the bank already
     * reports), a wallet holding a token whose issuer can blacklist it.
     */
    public List<String> freezable(List<String> assetCodes) {
        var reasons = new ArrayList<String>();
        if (custodial) {
            reasons.add("exchange deposit address (" + String.join("; ", tags) + "): freeze request to the exchange");
        }
        if (!wallet) {
            var institution = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
            reasons.add("bank account: freeze order to " + institution
                    + (bankReports ? " (its bank's own report or statement is in evidence)" : ""));
        }
        if (wallet) {
            assetCodes.stream()
                    .distinct()
                    .map(BlacklistingTokens::issuer)
                    .flatMap(java.util.Optional::stream)
                    .forEach(issuer -> reasons.add("token issuer can blacklist this wallet: " + issuer));
        }
        return reasons;
    }
}

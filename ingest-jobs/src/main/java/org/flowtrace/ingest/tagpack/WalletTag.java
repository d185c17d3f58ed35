package org.flowtrace.ingest.tagpack;

import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.ingest.support.Locatable;
import org.jspecify.annotations.Nullable;

/**
 * A tag as loaded: the wallet it is attached to and the tag's properties.
 *
 * @param hex the hex spelling of a TRON wallet, stored beside its base58 key
 * @param key the tag's natural key ({@code tag:<sha256 of wallet key and the tag's fields>})
 * @param properties label, category, abuse, actor, source, confidence, … as stored on the Tag node
 * @param custodial whether the tag says the wallet is an exchange's (a custodian a freeze request can
 *     go to)
 * @param actor the GraphSense actor id, e.g. {@code binance}, when the tag names one
 */
public record WalletTag(
        WalletRef wallet,
        @Nullable String hex,
        String key,
        Map<String, Object> properties,
        boolean custodial,
        @Nullable String actor,
        Provenance provenance)
        implements Locatable {

    public WalletTag {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(provenance, "provenance");
        properties = Map.copyOf(properties);
    }

    @Override
    public String locator() {
        return provenance.locator();
    }
}

package org.flowtrace.ingest.fxrates;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.fx.*}: valuation settings.
 *
 * @param parAssets asset codes valued at exactly 1 USD per unit without a rate file (stablecoins such
 *     as {@code TRON:tr7nhqjekqxgtci8q8zy4pl8otsgzgjlj6t} — the asset code as transfers carry it); none by default
 */
@ConfigurationProperties("flowtrace.fx")
public record FxProperties(@DefaultValue List<String> parAssets) {

    public FxProperties {
        parAssets = List.copyOf(parAssets);
    }

    Set<String> parAssetSet() {
        return Set.copyOf(parAssets);
    }
}

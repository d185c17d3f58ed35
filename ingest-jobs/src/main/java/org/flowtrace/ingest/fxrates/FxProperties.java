package org.flowtrace.ingest.fxrates;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.fx.*}: valuation settings.
 *
 * @param parAssets asset codes valued at exactly 1 USD per unit without a rate file: stablecoins, named by
 *     the asset code transfers carry (e.g. {@code TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t}); none by default
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

package org.flowtrace.analytics.screening;

import java.util.Objects;
import org.flowtrace.analytics.resolution.PartyProfile;
import org.flowtrace.analytics.resolution.PartyProfileBuilder;
import org.flowtrace.analytics.resolution.PartyType;
import org.flowtrace.graph.model.Chain;
import org.jspecify.annotations.Nullable;

/**
 * What a compliance officer knows of a counterparty.
 *
 * @param name the name as the customer wrote it, in any script
 * @param country ISO code or English name of a country of the party (nationality, residence,
 *     incorporation), when known
 * @param dateOfBirth {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, when known
 * @param wallet {@code CHAIN:address} ({@code TRON:T…}, {@code ETHEREUM:0x…}, {@code ETH:}, {@code TRX:}),
 *     when the counterparty gave one
 * @param registration a company registration number, {@code CC:number} or the number alone (its country
 *     then taken from {@code country})
 */
public record ScreeningQuery(
        String name,
        @Nullable String country,
        @Nullable String dateOfBirth,
        @Nullable String wallet,
        @Nullable String registration) {

    public ScreeningQuery {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a name to screen is required");
        }
        if (wallet != null) {
            wallet = walletKey(wallet);
        }
    }

    /** A query by name alone. */
    public static ScreeningQuery name(String name) {
        return new ScreeningQuery(name, null, null, null, null);
    }

    /** The query as a party record of the given type, normalised as resolution normalises records. */
    PartyProfile profile(PartyType type) {
        var builder = new PartyProfileBuilder("screening query", type)
                .name(name)
                .country(country)
                .birth(dateOfBirth);
        if (registration != null && !registration.isBlank()) {
            builder.identifierKey("REG:" + registration.strip());
        }
        if (wallet != null) {
            builder.wallet(wallet);
        }
        return builder.build();
    }

    /** The wallet's key in the graph: chain name in full, EVM addresses lower-cased. */
    private static String walletKey(String written) {
        int colon = written.indexOf(':');
        if (colon <= 0 || colon == written.length() - 1) {
            throw new IllegalArgumentException("a wallet is written CHAIN:address (TRON:T…, ETHEREUM:0x…): " + written);
        }
        var chain = Chain.parse(written.substring(0, colon));
        return chain.name() + ":" + chain.normalise(written.substring(colon + 1));
    }
}

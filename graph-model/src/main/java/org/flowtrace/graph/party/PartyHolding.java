package org.flowtrace.graph.party;

import java.util.List;
import java.util.Objects;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A party as a source names it, and an account the source says it holds.
 *
 * @param key the party's natural key, chosen by the format that read it (e.g. {@code camt:id:…})
 * @param name the name as written (Unicode kept as read)
 * @param kind {@code PERSON} or {@code ORGANISATION} when the source tells, else {@code null}
 * @param country ISO 3166 country of residence or address, when given
 * @param identifiers the party's identifiers as {@code scheme/issuer:id} strings, possibly empty
 * @param account the account it holds
 * @param provenance where the source says so
 */
public record PartyHolding(
        String key,
        String name,
        @Nullable String kind,
        @Nullable String country,
        List<String> identifiers,
        AccountRef account,
        Provenance provenance) {

    public PartyHolding {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(provenance, "provenance");
        identifiers = List.copyOf(identifiers);
        if (key.isBlank()) {
            throw new IllegalArgumentException("party key is blank");
        }
    }
}

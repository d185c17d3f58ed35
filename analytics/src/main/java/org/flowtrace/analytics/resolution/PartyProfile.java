package org.flowtrace.analytics.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What resolution knows of one party record, normalised for comparison.
 *
 * @param key the party's key in the graph
 * @param type person, organisation or unknown
 * @param names its name and aliases (the first is the main name); empty when the record has no name
 * @param births dates of birth (persons)
 * @param countries ISO alpha-2 codes of its nationalities, countries, jurisdiction, residence
 * @param gender {@code m} or {@code f}, when stated
 * @param identifiers its identifiers in canonical form
 * @param sources where the record comes from ({@code goAML: str-0001.xml}, {@code BODS}, {@code OFAC SDN} …)
 */
public record PartyProfile(
        String key,
        PartyType type,
        List<PartyName> names,
        List<PartialDate> births,
        Set<String> countries,
        @Nullable String gender,
        Set<Identifier> identifiers,
        List<String> sources) {

    public PartyProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        births = List.copyOf(births);
        countries = Set.copyOf(countries);
        identifiers = Set.copyOf(identifiers);
        sources = List.copyOf(sources);
    }

    /** The first country, the default region of phone numbers written without a country code. */
    @Nullable
    String region() {
        return countries.size() == 1 ? countries.iterator().next() : null;
    }
}

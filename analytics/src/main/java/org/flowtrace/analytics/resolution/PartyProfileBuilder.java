package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects what the sources say about one party, as written, and normalises it into a
 * {@link PartyProfile}: names normalised (at most {@value #MAX_NAMES}), dates of birth parsed (those that
 * do not parse are left out), countries as ISO codes, identifier keys made canonical with the party's
 * country as the default phone region.
 */
public final class PartyProfileBuilder {

    static final int MAX_NAMES = 12;

    private final String key;
    private final PartyType type;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> births = new LinkedHashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> identifierKeys = new LinkedHashSet<>();
    private final Set<Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private @Nullable String gender;

    public PartyProfileBuilder(String key, PartyType type) {
        this.key = key;
        this.type = type;
    }

    public PartyProfileBuilder name(@Nullable String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
        return this;
    }

    public PartyProfileBuilder names(@Nullable List<String> written) {
        if (written != null) {
            written.forEach(this::name);
        }
        return this;
    }

    public PartyProfileBuilder birth(@Nullable String date) {
        if (date != null && !date.isBlank()) {
            births.add(date.strip());
        }
        return this;
    }

    public PartyProfileBuilder country(@Nullable String country) {
        if (country != null && !country.isBlank()) {
            Countries.code(country).ifPresent(countries::add);
        }
        return this;
    }

    public PartyProfileBuilder gender(@Nullable String written) {
        if (written != null && !written.isBlank()) {
            var g = written.strip().toLowerCase(Locale.ROOT);
            gender = g.startsWith("m") ? "m" : g.startsWith("f") ? "f" : null;
        }
        return this;
    }

    /** An {@code :Identifier} node's key, made canonical when the profile is built. */
    public PartyProfileBuilder identifierKey(String identifierKey) {
        identifierKeys.add(identifierKey);
        return this;
    }

    PartyProfileBuilder identifier(Identifier identifier) {
        identifiers.add(identifier);
        return this;
    }

    /** A wallet the party controls, by its node's key ({@code CHAIN:address}). */
    public PartyProfileBuilder wallet(String walletKey) {
        return identifier(IdentifierNormaliser.walletNode(walletKey));
    }

    public PartyProfileBuilder source(@Nullable String source) {
        if (source != null && !source.isBlank()) {
            sources.add(source);
        }
        return this;
    }

    public String key() {
        return key;
    }

    public PartyProfile build() {
        var region = countries.size() == 1 ? countries.iterator().next() : null;
        var canonical = new LinkedHashSet<>(identifiers);
        for (var identifierKey : identifierKeys) {
            IdentifierNormaliser.identifier(identifierKey, region).ifPresent(canonical::add);
        }
        var normalised = new ArrayList<PartyName>();
        for (var name : names) {
            if (normalised.size() == MAX_NAMES) {
                break;
            }
            var partyName = NameNormaliser.normalise(name, type);
            if (!partyName.isEmpty()
                    && normalised.stream().noneMatch(n -> n.tokens().equals(partyName.tokens()))) {
                normalised.add(partyName);
            }
        }
        var dates = births.stream()
                .map(PartialDate::parse)
                .flatMap(java.util.Optional::stream)
                .distinct()
                .toList();
        return new PartyProfile(key, type, normalised, dates, countries, gender, canonical, List.copyOf(sources));
    }
}

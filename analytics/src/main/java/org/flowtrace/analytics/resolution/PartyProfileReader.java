package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads every {@code :Party} with what resolution compares, in a few streaming queries (parties, then
 * their identifiers, wallets, accounts and addresses), and builds their {@link PartyProfile}s. The
 * properties read are those the ingest jobs write: goAML ({@code name}, {@code birthdate},
 * {@code nationalities}, {@code incorporationCountry} …), BODS ({@code jurisdiction}, {@code birthDate},
 * {@code aliases}), FollowTheMoney ({@code countries}, {@code jurisdictions}), OFAC and FIU lists
 * ({@code datesOfBirth}, {@code citizenships}, {@code country}). Each party's sources are its
 * {@code source} and the files its provenance names.
 */
public final class PartyProfileReader {

    /**
     * The columns a profile is built from ({@link #builder(Record)}), for a query that binds the party to
     * {@code p}: {@code key}, {@code person}, {@code organisation}, {@code names}, {@code births},
     * {@code countries}, {@code gender}. Shared with screening, so that both read the same properties.
     */
    public static final String PROFILE_COLUMNS = """
            p.key AS key, p:Person AS person, p:Organisation AS organisation,
            [x IN [p.name, p.commercialName, p.fullNameForeign, p.alias] WHERE x IS NOT NULL]
                + coalesce(p.aliases, []) AS names,
            [x IN [p.birthdate, p.birthDate] WHERE x IS NOT NULL] + coalesce(p.datesOfBirth, []) AS births,
            [x IN [p.jurisdiction, p.incorporationCountry, p.country, p.residence] WHERE x IS NOT NULL]
                + coalesce(p.nationalities, []) + coalesce(p.countries, []) + coalesce(p.citizenships, [])
                + coalesce(p.jurisdictions, []) AS countries,
            p.gender AS gender""";

    private static final String PARTIES = "MATCH (p:Party)\nRETURN " + PROFILE_COLUMNS + """
            , p.source AS source, [entry IN coalesce(p.prov, []) | split(entry, '|')[1]] AS sources
            """;

    private static final String IDENTIFIERS =
            "MATCH (p:Party)-[:HAS_IDENTIFIER]->(i:Identifier) RETURN p.key AS party, i.key AS key";

    private static final String WALLETS =
            "MATCH (p:Party)-[:CONTROLS_WALLET]->(w:Wallet) RETURN p.key AS party, w.key AS key";

    private static final String ACCOUNTS = """
            MATCH (p:Party)-[:HOLDS]->(a:Account)
            WHERE a.institution IS NULL OR a.institution <> 'goaml-party'
            RETURN p.key AS party, a.key AS key, a.iban AS iban
            """;

    private static final String ADDRESSES =
            "MATCH (p:Party)-[:HAS_ADDRESS]->(a:Address) RETURN p.key AS party, a.key AS key";

    private static final String SOURCE_FILES = "MATCH (s:SourceFile) RETURN s.sha256 AS sha256, s.uri AS uri";

    private final GraphConnection graph;

    PartyProfileReader(GraphConnection graph) {
        this.graph = graph;
    }

    List<PartyProfile> read() {
        var files = new HashMap<String, String>();
        stream(SOURCE_FILES, r -> files.put(r.get("sha256").asString(), fileName(r.get("uri"))));
        var builders = new LinkedHashMap<String, PartyProfileBuilder>();
        stream(PARTIES, r -> {
            var builder = builder(r);
            var source = text(r.get("source"));
            for (var sha : strings(r.get("sources"))) {
                var file = files.get(sha);
                builder.source(source == null ? file : file == null ? source : source + ": " + file);
            }
            builder.source(source);
            builders.put(builder.key(), builder);
        });
        each(IDENTIFIERS, builders, (b, r) -> b.identifierKey(r.get("key").asString()));
        each(WALLETS, builders, (b, r) -> b.wallet(r.get("key").asString()));
        each(
                ACCOUNTS,
                builders,
                (b, r) -> b.identifier(IdentifierNormaliser.account(r.get("key").asString(), text(r.get("iban")))));
        each(
                ADDRESSES,
                builders,
                (b, r) -> b.identifier(IdentifierNormaliser.address(r.get("key").asString())));
        // normalising names (transliteration, readings) is the costly part: on every core, in order
        return new ArrayList<>(builders.values().parallelStream()
                .map(PartyProfileBuilder::build)
                .toList());
    }

    /** A builder holding the name, births, countries and gender of a record with {@link #PROFILE_COLUMNS}. */
    public static PartyProfileBuilder builder(Record r) {
        var builder = new PartyProfileBuilder(
                r.get("key").asString(),
                PartyType.of(r.get("person").asBoolean(), r.get("organisation").asBoolean()));
        strings(r.get("names")).forEach(builder::name);
        strings(r.get("births")).forEach(builder::birth);
        strings(r.get("countries")).forEach(builder::country);
        builder.gender(text(r.get("gender")));
        return builder;
    }

    private void each(
            String query, Map<String, PartyProfileBuilder> builders, BiConsumer<PartyProfileBuilder, Record> action) {
        each(graph, query, Map.of(), builders, action);
    }

    private void stream(String query, Consumer<Record> action) {
        stream(graph, query, Map.of(), action);
    }

    /**
     * Streams the records of a query that returns {@code party} (a party key) to the builder of that
     * party; records of parties not among the builders are passed over.
     */
    public static void each(
            GraphConnection graph,
            String query,
            Map<String, Object> parameters,
            Map<String, PartyProfileBuilder> builders,
            BiConsumer<PartyProfileBuilder, Record> action) {
        stream(graph, query, parameters, r -> {
            var builder = builders.get(r.get("party").asString());
            if (builder != null) {
                action.accept(builder, r);
            }
        });
    }

    /** Streams the records of a read query, in one managed read transaction. */
    public static void stream(
            GraphConnection graph, String query, Map<String, Object> parameters, Consumer<Record> action) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeRead(tx -> {
                tx.run(query, parameters).stream().forEach(action);
                return Boolean.TRUE;
            });
        }
    }

    private static List<String> strings(Value value) {
        if (value.isNull()) {
            return List.of();
        }
        var result = new ArrayList<String>();
        for (var element : value.values()) {
            var text = text(element);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** A value as text: strings as they are, dates and numbers by their ISO or decimal spelling. */
    private static @Nullable String text(Value value) {
        if (value.isNull()) {
            return null;
        }
        var object = value.asObject();
        return object instanceof String s ? s : String.valueOf(object);
    }

    private static @Nullable String fileName(Value uri) {
        var text = text(uri);
        if (text == null) {
            return null;
        }
        int slash = text.lastIndexOf('/');
        return slash < 0 ? text : text.substring(slash + 1);
    }
}

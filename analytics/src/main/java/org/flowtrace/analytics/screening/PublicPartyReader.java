package org.flowtrace.analytics.screening;

import static org.flowtrace.analytics.screening.PublicSources.visible;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.flowtrace.analytics.resolution.PartyProfileBuilder;
import org.flowtrace.analytics.resolution.PartyProfileReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the parties that public sources state, with their identifiers, wallets and designations, into
 * {@link ScreeningEntry}s — the only way party data reaches screening. Every query filters each element
 * it reads with {@link PublicSources#visible}: a party only a goAML report names, an identifier or a
 * designation only a report links, are never read. Party properties are those resolution reads
 * ({@link PartyProfileReader#PROFILE_COLUMNS}); party keys are per source ({@code ofac-sdn:},
 * {@code designations:}, {@code ftm:}, {@code bods:}), so no report fills a public party's properties.
 */
final class PublicPartyReader {

    private static final String PARTIES =
            "MATCH (p:Party) WHERE " + visible("p") + "\nRETURN " + PartyProfileReader.PROFILE_COLUMNS;

    private static final String IDENTIFIERS = """
            MATCH (p:Party)-[h:HAS_IDENTIFIER]->(i:Identifier) WHERE %s
            RETURN p.key AS party, i.key AS key
            """.formatted(visible("h"));

    private static final String WALLETS = """
            MATCH (p:Party)-[c:CONTROLS_WALLET]->(w:Wallet) WHERE %s
            RETURN p.key AS party, w.key AS key
            """.formatted(visible("c"));

    private static final String DESIGNATIONS = """
            MATCH (p:Party)-[d:DESIGNATED_BY]->(g:Designation) WHERE %s
            RETURN p.key AS party, coalesce(d.list, g.list, d.authority, g.authority, 'list') AS list,
                   coalesce(d.entryId, g.entryId, g.key) AS entryId, coalesce(d.program, g.program) AS program,
                   coalesce(d.programs, g.programs, []) AS programs, coalesce(d.sourceUrl, g.sourceUrl) AS sourceUrl
            ORDER BY party, list, entryId
            """.formatted(visible("d"));

    private final GraphConnection graph;
    private final Map<String, Object> parameters;

    PublicPartyReader(GraphConnection graph, List<String> publicRuns) {
        this.graph = graph;
        this.parameters = Map.of(PublicSources.PARAMETER, publicRuns);
    }

    List<ScreeningEntry> read() {
        var builders = new LinkedHashMap<String, PartyProfileBuilder>();
        stream(PARTIES, r -> {
            var builder = PartyProfileReader.builder(r);
            builders.put(builder.key(), builder);
        });
        each(IDENTIFIERS, builders, (b, r) -> b.identifierKey(r.get("key").asString()));
        each(WALLETS, builders, (b, r) -> b.wallet(r.get("key").asString()));
        var designations = new HashMap<String, List<Designation>>();
        stream(DESIGNATIONS, r -> {
            if (builders.containsKey(r.get("party").asString())) {
                designations
                        .computeIfAbsent(r.get("party").asString(), k -> new ArrayList<>())
                        .add(designation(r));
            }
        });
        var entries = new ArrayList<ScreeningEntry>(builders.size());
        builders.forEach((key, builder) ->
                entries.add(new ScreeningEntry(builder.build(), designations.getOrDefault(key, List.of()))));
        return entries;
    }

    private static Designation designation(Record r) {
        var program = text(r.get("program"));
        if (program == null && !r.get("programs").isEmpty()) {
            program = String.join(", ", r.get("programs").asList(Value::asString));
        }
        return new Designation(
                r.get("list").asString(),
                String.valueOf(r.get("entryId").asObject()),
                program,
                text(r.get("sourceUrl")));
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : String.valueOf(value.asObject());
    }

    private void each(
            String query, Map<String, PartyProfileBuilder> builders, BiConsumer<PartyProfileBuilder, Record> action) {
        PartyProfileReader.each(graph, query, parameters, builders, action);
    }

    private void stream(String query, Consumer<Record> action) {
        PartyProfileReader.stream(graph, query, parameters, action);
    }
}

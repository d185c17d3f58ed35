package org.flowtrace.analytics.resolution;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraphWriter;
import org.flowtrace.graph.provenance.IngestRunWriter;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.flowtrace.graph.report.ReportGraphWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes party records as the ingest jobs do — through the same graph-model writers, with an ingest run,
 * a source file and provenance — for resolution tests: a goAML STR's parties ({@link #str}), a BODS
 * register's ({@link #register}) and a list.s ({@link #register}: BODS, OFAC, FIU lists).
 */
final class PartySources {

    private final GraphConnection graph;

    PartySources(GraphConnection graph) {
        this.graph = graph;
    }

    /** A source being written: its parties and identifiers, written by {@link #load()}. */
    abstract class Source {
        final String source;
        final Provenance prov;
        final List<String[]> identifiers = new ArrayList<>();

        Source(String source, String job, String fileName) {
            this.source = source;
            var file = SourceFile.ofContent(fileName.getBytes(StandardCharsets.UTF_8), "file:///evidence/" + fileName);
            var run = new IngestRun(job + "-" + Math.abs(fileName.hashCode()), job, Instant.now());
            var runs = new IngestRunWriter(graph);
            runs.begin(run, fileName);
            runs.read(run.id(), file);
            this.prov = new Provenance(run.id(), file.sha256(), "record 1");
        }

        Source identifier(String party, String key) {
            identifiers.add(new String[] {party, key});
            return this;
        }

        abstract void load();
    }

    /** goAML: parties keyed and propertied as the goAML mapper writes them. */
    final class Str extends Source {
        private final List<PartyNode> parties = new ArrayList<>();

        Str(String fileName) {
            super("goAML", "goaml", fileName);
        }

        Str person(String key, String name, @Nullable String birthdate, String... nationalities) {
            var props = new java.util.HashMap<String, Object>(Map.of("source", source, "name", name));
            if (birthdate != null) {
                props.put("birthdate", java.time.LocalDate.parse(birthdate));
            }
            props.put("nationalities", List.of(nationalities));
            parties.add(new PartyNode(key, PartyKind.PERSON, props, prov));
            return this;
        }

        Str entity(String key, String name, String country) {
            parties.add(new PartyNode(
                    key,
                    PartyKind.ORGANISATION,
                    Map.of("source", source, "name", name, "incorporationCountry", country),
                    prov));
            return this;
        }

        @Override
        void load() {
            var links = identifiers.stream()
                    .map(i -> new IdentifierLink(i[0], i[1], Map.of("value", i[1]), prov))
                    .toList();
            new ReportGraphWriter(graph)
                    .write(new ReportGraph(
                            List.of(), List.of(), parties, List.of(), List.of(), links, List.of(), List.of(),
                            List.of()));
        }
    }

    /** BODS, FollowTheMoney, OFAC or an FIU list: parties as the ownership and list jobs write them. */
    final class Register extends Source {
        private final OwnershipGraph.Builder builder = new OwnershipGraph.Builder();

        Register(String source, String fileName) {
            super(source, source.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), fileName);
        }

        Register party(
                String key, @Nullable PartyKind kind, Map<String, Object> properties, Map<String, List<String>> lists) {
            var props = new java.util.HashMap<>(properties);
            props.put("source", source);
            builder.party(new OwnershipGraph.PartyNode(key, kind, props, lists, null, prov));
            return this;
        }

        Register designated(String partyKey) {
            builder.designation(new OwnershipGraph.DesignationLink(partyKey, partyKey, Map.of("list", source), prov));
            return this;
        }

        Register wallet(String partyKey, Chain chain, String address) {
            builder.wallet(new OwnershipGraph.WalletLink(
                    WalletRef.of(chain, address), null, partyKey, null, Map.of("currency", chain.name()), prov));
            return this;
        }

        @Override
        void load() {
            identifiers.forEach(i -> builder.identifier(new IdentifierLink(i[0], i[1], Map.of("value", i[1]), prov)));
            new OwnershipGraphWriter(graph).write(builder.build());
        }
    }

    Str str(String fileName) {
        return new Str(fileName);
    }

    Register register(String source, String fileName) {
        return new Register(source, fileName);
    }
}

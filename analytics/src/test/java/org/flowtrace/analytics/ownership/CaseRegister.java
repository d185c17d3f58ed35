package org.flowtrace.analytics.ownership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraphWriter;
import org.flowtrace.graph.provenance.IngestRunWriter;
import org.flowtrace.graph.report.PartyKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes ownership data as the BODS and designations jobs do (same writer, keys, properties and
 * provenance): the compound case's {@code bods.json} read statement by statement, and its two
 * designations; or a register built by hand for the other tests.
 */
final class CaseRegister {

    static final String CASE = "/ledgers/compound-case/";
    static final String LIST = "designations:fiu-kh-scam-compounds-fictional:";

    private final GraphConnection graph;

    CaseRegister(GraphConnection graph) {
        this.graph = graph;
    }

    /** bods.json of the compound case: 2 persons, 5 companies, 7 relationships (locators {@code /0}…{@code /13}). */
    void loadBods() {
        byte[] content;
        try (var in = getClass().getResourceAsStream(CASE + "bods.json")) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var run = run("bods", SourceFile.ofContent(content, "file:///case/bods.json"));
        var graphBuilder = new OwnershipGraph.Builder();
        var statements = JsonMapper.builder().build().readTree(content);
        for (int s = 0; s < statements.size(); s++) {
            var statement = statements.get(s);
            var prov = new Provenance(run.runId(), run.sourceSha256(), "/" + s);
            var details = statement.get("recordDetails");
            var key = "bods:record:" + statement.get("recordId").asString();
            switch (statement.get("recordType").asString()) {
                case "person" -> {
                    var names = new ArrayList<String>();
                    details.get("names")
                            .forEach(n -> names.add(n.get("fullName").asString()));
                    graphBuilder.party(party(key, PartyKind.PERSON, names, prov));
                }
                case "entity" -> {
                    var names =
                            new ArrayList<String>(List.of(details.get("name").asString()));
                    details.path("alternateNames").forEach(n -> names.add(n.asString()));
                    graphBuilder.party(party(key, PartyKind.ORGANISATION, names, prov));
                }
                default -> interests(graphBuilder, statement, details, prov);
            }
        }
        new OwnershipGraphWriter(graph).write(graphBuilder.build());
    }

    /** designations.csv of the compound case, as the designations job writes it: the operator and the compound. */
    void loadDesignations() {
        var run = run("designations", SourceFile.ofContent("designations".getBytes(), "file:///case/designations.csv"));
        var builder = new OwnershipGraph.Builder();
        designate(
                builder,
                "NG-1",
                PartyKind.PERSON,
                "陈国豪",
                List.of("CHEN Guohao", "Boss Chen"),
                "compound operator",
                new Provenance(run.runId(), run.sourceSha256(), "line 2"));
        designate(
                builder,
                "NG-2",
                PartyKind.ORGANISATION,
                "Naga Garden Park",
                List.of("Naga Garden compound"),
                "scam compound",
                new Provenance(run.runId(), run.sourceSha256(), "line 3"));
        new OwnershipGraphWriter(graph).write(builder.build());
    }

    /** A hand-made register: each interest {@code owner, subject, percent} (null: control only). */
    void load(List<Object[]> interests) {
        var run = run("bods", SourceFile.ofContent(interests.toString().getBytes(), "file:///register.json"));
        var builder = new OwnershipGraph.Builder();
        for (int i = 0; i < interests.size(); i++) {
            var row = interests.get(i);
            var prov = new Provenance(run.runId(), run.sourceSha256(), "/" + i);
            var props = new HashMap<String, Object>();
            props.put("interestType", row[2] == null ? "boardMember" : "shareholding");
            if (row[2] != null) {
                props.put("shareExact", ((Number) row[2]).doubleValue());
            }
            builder.interest(new OwnershipGraph.Interest(
                    "bods:s" + i + "#0",
                    row[2] == null ? InterestRelation.CONTROLS : InterestRelation.OWNS,
                    (String) row[0],
                    (String) row[1],
                    null,
                    props,
                    prov));
        }
        new OwnershipGraphWriter(graph).write(builder.build());
    }

    private static void designate(
            OwnershipGraph.Builder builder,
            String id,
            PartyKind kind,
            String name,
            List<String> aliases,
            String program,
            Provenance prov) {
        var key = LIST + id;
        builder.party(new OwnershipGraph.PartyNode(
                key,
                kind,
                Map.of("name", name, "source", "FIU-KH Scam Compounds (fictional)", "country", "CN"),
                Map.of("aliases", aliases),
                null,
                prov));
        builder.designation(new OwnershipGraph.DesignationLink(
                key,
                key,
                Map.of("list", "FIU-KH Scam Compounds (fictional)", "entryId", id, "program", program),
                prov));
    }

    private static OwnershipGraph.PartyNode party(String key, PartyKind kind, List<String> names, Provenance prov) {
        var aliases = names.subList(1, names.size());
        return new OwnershipGraph.PartyNode(
                key,
                kind,
                Map.of("name", names.getFirst(), "source", "BODS"),
                aliases.isEmpty() ? Map.of() : Map.of("aliases", List.copyOf(aliases)),
                "2026-03-01",
                prov);
    }

    private static void interests(
            OwnershipGraph.Builder builder, JsonNode statement, JsonNode details, Provenance prov) {
        var statementId = statement.get("statementId").asString();
        var interests = details.get("interests");
        for (int i = 0; i < interests.size(); i++) {
            var interest = interests.get(i);
            var type = interest.get("type").asString();
            var props = new HashMap<String, Object>();
            props.put("interestType", type);
            props.put("statementId", statementId);
            props.put("startDate", interest.get("startDate").asString());
            if (interest.has("share")) {
                props.put("shareExact", interest.get("share").get("exact").asDouble());
            }
            builder.interest(new OwnershipGraph.Interest(
                    "bods:" + statementId + "#" + i,
                    type.equals("shareholding") ? InterestRelation.OWNS : InterestRelation.CONTROLS,
                    "bods:record:" + details.get("interestedParty").asString(),
                    "bods:record:" + details.get("subject").asString(),
                    null,
                    props,
                    prov));
        }
    }

    private Provenance run(String job, SourceFile file) {
        var run = new IngestRun(job + "-1", job, Instant.now());
        var runs = new IngestRunWriter(graph);
        runs.begin(run, file.uri());
        runs.read(run.id(), file);
        return new Provenance(run.id(), file.sha256(), "");
    }
}

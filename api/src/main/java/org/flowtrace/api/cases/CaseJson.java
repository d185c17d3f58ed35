package org.flowtrace.api.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseFact;
import org.flowtrace.analytics.cases.PredicateOffence;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case pack as one JSON document: {@code marking}, {@code case}, {@code offences} (per offence its
 * elements, per element its evidence), {@code timeline}, {@code facts} (each with its {@code sources}),
 * {@code traces}, {@code operatorPaths}, {@code victims}, {@code notes}. Documented in docs/cases.md.
 */
public final class CaseJson {

    private CaseJson() {}

    /** The document, pretty-printed. */
    public static String text(CaseContents contents) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(asMap(contents)) + "\n";
    }

    static Map<String, Object> asMap(CaseContents contents) {
        var map = new LinkedHashMap<String, Object>();
        map.put("marking", CaseContents.MARKING);
        var header = new LinkedHashMap<String, Object>();
        header.put("name", contents.name());
        header.put("start", contents.start());
        header.put("analyst", contents.analyst());
        header.put("createdAt", contents.createdAt().toString());
        header.put("updatedAt", contents.updatedAt().toString());
        header.put("parameters", contents.parameters());
        map.put("case", header);
        var offences = new ArrayList<Map<String, Object>>();
        for (var offence : PredicateOffence.values()) {
            var o = new LinkedHashMap<String, Object>();
            o.put("offence", offence.name());
            o.put("title", offence.title());
            o.put("basis", offence.basis());
            var elements = new ArrayList<Map<String, Object>>();
            for (var element : offence.elements()) {
                var e = new LinkedHashMap<String, Object>();
                e.put("element", element.name());
                e.put("text", element.text());
                e.put(
                        "evidence",
                        contents.evidence(offence).stream()
                                .filter(item -> item.supports() == element)
                                .map(item -> Map.of("fact", item.fact(), "why", item.why()))
                                .toList());
                elements.add(e);
            }
            o.put("elements", elements);
            offences.add(o);
        }
        map.put("offences", offences);
        map.put(
                "timeline",
                contents.timeline().stream()
                        .map(f -> Map.of(
                                "at",
                                String.valueOf(f.at()),
                                "fact",
                                f.key(),
                                "kind",
                                f.kind().name(),
                                "label",
                                f.label()))
                        .toList());
        map.put(
                "facts",
                contents.facts().stream()
                        .map(f -> fact(f, contents.victims().contains(f.key())))
                        .toList());
        map.put("traces", contents.traces());
        map.put("operatorPaths", contents.operatorPaths());
        map.put("victims", contents.victims().stream().sorted().toList());
        map.put("notes", contents.notes());
        return map;
    }

    private static Map<String, Object> fact(CaseFact fact, boolean victim) {
        var f = new LinkedHashMap<String, Object>();
        f.put("key", fact.key());
        f.put("kind", fact.kind().name());
        f.put("label", fact.label());
        if (fact.from() != null) {
            f.put("from", fact.from());
            f.put("to", fact.to());
        }
        if (fact.at() != null) {
            f.put("at", fact.at().toString());
        }
        if (victim) {
            f.put("victim", true);
        }
        f.put("properties", fact.properties());
        f.put("sources", sources(fact.sources()));
        return f;
    }

    private static List<Map<String, Object>> sources(List<ProvenanceEntry> entries) {
        return entries.stream()
                .map(e -> {
                    var s = new LinkedHashMap<String, Object>();
                    s.put("source", e.source());
                    s.put("record", e.locator());
                    s.put("sha256", e.sha256());
                    s.put("runId", e.runId());
                    s.put("job", e.job());
                    s.put(
                            "runStartedAt",
                            e.runStartedAt() == null ? null : e.runStartedAt().toString());
                    return (Map<String, Object>) s;
                })
                .toList();
    }
}

package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;

/**
 * The references of a ransom finding's payments, read after detection (the projection holds no text):
 * where they name a debt, a loan, a release, a fee or a ticket home ({@link RansomWords}), the finding
 * says so, quoting the references, and its score rises halfway to 1. Findings of other typologies
 * pass unchanged.
 */
public final class RansomReferenceSignal {

    private static final String REFERENCES = """
            UNWIND $ids AS id
            MATCH ()-[t:TRANSFER {id: id}]->()
            WHERE t.reference IS NOT NULL
            RETURN id, t.reference AS reference
            """;

    private final GraphConnection graph;
    private final RansomWords words;

    public RansomReferenceSignal(GraphConnection graph, RansomWords words) {
        this.graph = graph;
        this.words = words;
    }

    public List<Finding> apply(List<Finding> findings) {
        var ids = findings.stream()
                .filter(RansomReferenceSignal::isRansom)
                .flatMap(f -> f.transferIds().stream())
                .distinct()
                .toList();
        if (ids.isEmpty()) {
            return findings;
        }
        var references = references(ids);
        var result = new ArrayList<Finding>(findings.size());
        for (var finding : findings) {
            result.add(isRansom(finding) ? withReferences(finding, references) : finding);
        }
        return result;
    }

    private Finding withReferences(Finding finding, Map<String, String> references) {
        var meanings = new LinkedHashSet<String>();
        var quoted = new ArrayList<String>();
        for (var id : finding.transferIds()) {
            var reference = references.get(id);
            if (reference == null) {
                continue;
            }
            var found = words.meaningsIn(reference);
            if (!found.isEmpty()) {
                meanings.addAll(found);
                quoted.add("'" + reference + "'");
            }
        }
        if (meanings.isEmpty()) {
            return finding;
        }
        var parameters = new TreeMap<>(finding.parameters());
        parameters.put("referenceWords", words.description());
        return new Finding(
                finding.typology(),
                finding.detector(),
                finding.detectorVersion(),
                finding.score() + (1 - finding.score()) / 2,
                finding.explanation() + "; the references name " + String.join(", ", meanings) + ": "
                        + String.join(", ", quoted),
                parameters,
                finding.transferIds(),
                finding.members(),
                finding.firstAt(),
                finding.lastAt());
    }

    private Map<String, String> references(List<String> ids) {
        var references = new HashMap<String, String>();
        graph.readQuery(REFERENCES)
                .withParameters(Map.of("ids", ids))
                .execute()
                .records()
                .forEach(r -> references.put(
                        r.get("id").asString(), r.get("reference").asString()));
        return references;
    }

    private static boolean isRansom(Finding finding) {
        return finding.typology().equals("RANSOM");
    }
}

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

    private static final String PAYMENTS_WITH_REFERENCES = """
            MATCH ()-[t:TRANSFER]->()
            WHERE t.reference IS NOT NULL AND t.usdApprox >= $minUsd AND t.usdApprox <= $maxUsd
            RETURN t.id AS id, t.reference AS reference
            """;

    /** The parameter that says a finding's references were read. */
    static final String READ = "referenceWords";

    private final GraphConnection graph;
    private final RansomWords words;

    public RansomReferenceSignal(GraphConnection graph, RansomWords words) {
        this.graph = graph;
        this.words = words;
    }

    /**
     * The payments of a ransom's size ({@code minPaymentUsd}–{@code maxTotalUsd}) whose references name
     * one of the words, by transfer id: what {@link RansomPaymentDetector#withReferences} looks for.
     */
    public Map<String, ReferencedPayment> paymentsNamingRansom(RansomParameters parameters) {
        var payments = new HashMap<String, ReferencedPayment>();
        graph.readQuery(PAYMENTS_WITH_REFERENCES)
                .withParameters(Map.of("minUsd", parameters.minPaymentUsd(), "maxUsd", parameters.maxTotalUsd()))
                .execute()
                .records()
                .forEach(r -> {
                    var reference = r.get("reference").asString();
                    var meanings = words.meaningsIn(reference);
                    if (!meanings.isEmpty()) {
                        payments.put(r.get("id").asString(), new ReferencedPayment(reference, meanings));
                    }
                });
        return payments;
    }

    /** The ransom findings found by timing, with what their payments' references name. */
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
            boolean read = finding.parameters().containsKey(READ);
            result.add(isRansom(finding) && !read ? withReferences(finding, references) : finding);
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
        parameters.put(READ, words.description());
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

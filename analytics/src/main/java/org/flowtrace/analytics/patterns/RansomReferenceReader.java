package org.flowtrace.analytics.patterns;

import java.util.HashMap;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Reads the references of the transfers of a ransom's size (the projection holds no text) and keeps
 * those that name a debt, a loan, a release, a fee or a ticket home ({@link RansomWords}):
 * what {@link RansomPaymentDetector#withReferences} quotes in its findings and finds slow ransoms by.
 */
public final class RansomReferenceReader {

    private static final String TRANSFERS_WITH_REFERENCES = """
            MATCH ()-[t:TRANSFER]->()
            WHERE t.reference IS NOT NULL AND t.usdApprox >= $minUsd AND t.usdApprox <= $maxUsd
            RETURN t.id AS id, t.reference AS reference
            """;

    private final GraphConnection graph;
    private final RansomWords words;

    public RansomReferenceReader(GraphConnection graph, RansomWords words) {
        this.graph = graph;
        this.words = words;
    }

    /**
     * The transfers that can be evidence of a ransom under these parameters — a payment
     * ({@code minPaymentUsd}–{@code maxTotalUsd}) or the passing on of one
     * ({@code minTotalUsd × minShare} up to {@code maxTotalUsd × maxShare}) — whose references name one
     * of the words.
     */
    public ReferencedPayments read(RansomParameters parameters) {
        double minUsd = Math.min(parameters.minPaymentUsd(), parameters.minTotalUsd() * parameters.minShare());
        double maxUsd = parameters.maxTotalUsd() * Math.max(1, parameters.maxShare());
        var payments = new HashMap<String, ReferencedPayment>();
        graph.readQuery(TRANSFERS_WITH_REFERENCES)
                .withParameters(Map.of("minUsd", minUsd, "maxUsd", maxUsd))
                .execute()
                .records()
                .forEach(r -> {
                    var reference = r.get("reference").asString();
                    var meanings = words.meaningsIn(reference);
                    if (!meanings.isEmpty()) {
                        payments.put(r.get("id").asString(), new ReferencedPayment(reference, meanings));
                    }
                });
        return new ReferencedPayments(payments, words.description());
    }
}

package org.flowtrace.graph.evaluation;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Provenance;

/**
 * Writes the evaluation labels of transfers as {@code (:EvaluationLabel {transferId, laundering})},
 * not linked to the evidence graph, so that no traversal from evidence ever reaches them.
 */
public final class EvaluationLabelWriter {

    /** One label: the transfer it concerns, the label, and where it was read. */
    public record Label(String transferId, boolean laundering, Provenance provenance) {}

    private static final String WRITE = """
            UNWIND $rows AS row
            MERGE (l:EvaluationLabel {transferId: row.transferId})
            SET l.laundering = row.laundering
            """ + append("l");

    private final GraphConnection graph;

    public EvaluationLabelWriter(GraphConnection graph) {
        this.graph = graph;
    }

    public void write(List<Label> labels) {
        if (labels.isEmpty()) {
            return;
        }
        var rows = labels.stream()
                .map(label -> Map.<String, Object>of(
                        "transferId", label.transferId(),
                        "laundering", label.laundering(),
                        "prov", label.provenance().encoded(),
                        "sha256", label.provenance().sourceSha256()))
                .toList();
        graph.query(WRITE).withParameters(Map.of("rows", rows)).execute();
    }
}

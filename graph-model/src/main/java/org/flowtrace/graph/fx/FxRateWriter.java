package org.flowtrace.graph.fx;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Provenance;

/**
 * Reads and writes {@code :FxRate} nodes. A rate is written once: the node is merged on its key and
 * its properties are set on creation only, so a second file can add its provenance but never change a
 * rate that transfers may already have been valued with; callers check {@link #stored} for conflicts
 * first.
 */
public final class FxRateWriter {

    /** A rate already in the graph: its exact value and its provenance entries. */
    public record StoredRate(String key, BigDecimal usdPerUnit, List<Provenance> provenance) {}

    private static final String STORED = """
            UNWIND $keys AS key
            MATCH (r:FxRate {key: key})
            RETURN r.key AS key, r.rate AS rate, r.prov AS prov
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MERGE (r:FxRate {key: row.key})
            ON CREATE SET r += row.props
            """ + append("r");

    private final GraphConnection graph;

    public FxRateWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** The rates of these keys that are already stored, by key. */
    public Map<String, StoredRate> stored(Collection<String> keys) {
        var found = new HashMap<String, StoredRate>();
        if (keys.isEmpty()) {
            return found;
        }
        graph.readQuery(STORED)
                .withParameters(Map.of("keys", List.copyOf(keys)))
                .execute()
                .records()
                .forEach(record -> {
                    var key = record.get("key").asString();
                    var provenance = record.get("prov").asList(value -> Provenance.decode(value.asString()));
                    found.put(
                            key,
                            new StoredRate(
                                    key, new BigDecimal(record.get("rate").asString()), provenance));
                });
        return found;
    }

    public void write(List<FxRate> rates) {
        if (rates.isEmpty()) {
            return;
        }
        var rows = rates.stream()
                .map(rate -> Map.<String, Object>of(
                        "key", rate.key(),
                        "props",
                                Map.of(
                                        "date", rate.date(),
                                        "asset", rate.asset(),
                                        "rate", rate.canonicalRate(),
                                        "rateApprox", rate.usdPerUnit().doubleValue(),
                                        "source", rate.source()),
                        "prov", rate.provenance().encoded(),
                        "sha256", rate.provenance().sourceSha256()))
                .toList();
        graph.query(WRITE).withParameters(Map.of("rows", rows)).execute();
    }
}

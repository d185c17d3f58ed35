package org.flowtrace.graph.fx;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.UsdValue;

/**
 * Pages through transfers that have no USD value, with the stored rate of their asset and UTC day, and
 * writes the values computed from those rates. A value is written only where none is: running it
 * again changes nothing, and a value the source itself stated (a USD transfer) is never replaced.
 *
 * <p>Each valued transfer gets a provenance entry naming the rate's source file and line, so "where
 * does this USD figure come from?" is answered like any other fact.
 */
public final class UsdValueWriter {

    /** A computed USD value for one transfer, with where its rate came from. */
    public record Valuation(String transferId, UsdValue usd, Provenance provenance) {}

    private static final String PAGE = """
            MATCH ()-[t:TRANSFER]->()
            WHERE t.id > $after AND t.usd IS NULL
            WITH t ORDER BY t.id LIMIT $limit
            WITH t, date(t.at) AS day
            OPTIONAL MATCH (r:FxRate {key: toString(day) + ':' + t.asset})
            RETURN t.id AS id, t.amount AS amount, t.asset AS asset, day,
                   r.key AS rateKey, r.rate AS rate, r.source AS source, r.prov[0] AS prov
            ORDER BY id
            """;

    private static final String WRITE = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            USING INDEX SEEK t:TRANSFER(id)
            WHERE t.usd IS NULL
            SET t.usd = row.usd, t.usdApprox = row.usdApprox, t.usdRate = row.rate,
                t.usdRateSource = row.source, t.usdRateDate = row.rateDate
            """ + append("t");

    private final GraphConnection graph;

    public UsdValueWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Up to {@code limit} transfers without a USD value whose id sorts after {@code after}, in id order. */
    public List<UnvaluedTransfer> unvalued(String after, int limit) {
        return graph.readQuery(PAGE).withParameters(Map.of("after", after, "limit", limit)).execute().records().stream()
                .map(record -> new UnvaluedTransfer(
                        record.get("id").asString(),
                        record.get("amount").asString(),
                        record.get("asset").asString(),
                        record.get("day").asLocalDate(),
                        record.get("rateKey").isNull()
                                ? null
                                : new UnvaluedTransfer.Rate(
                                        record.get("rateKey").asString(),
                                        record.get("rate").asString(),
                                        record.get("source").asString(),
                                        Provenance.decode(record.get("prov").asString()))))
                .toList();
    }

    public void write(List<Valuation> valuations) {
        if (valuations.isEmpty()) {
            return;
        }
        var rows = valuations.stream()
                .map(valuation -> Map.<String, Object>of(
                        "id", valuation.transferId(),
                        "usd", valuation.usd().usd().toPlainString(),
                        "usdApprox", valuation.usd().usd().doubleValue(),
                        "rate", FxRate.canonical(valuation.usd().rate()),
                        "source", valuation.usd().rateSource(),
                        "rateDate", valuation.usd().rateDate(),
                        "prov", valuation.provenance().encoded(),
                        "sha256", valuation.provenance().sourceSha256()))
                .toList();
        graph.query(WRITE).withParameters(Map.of("rows", rows)).execute();
    }
}

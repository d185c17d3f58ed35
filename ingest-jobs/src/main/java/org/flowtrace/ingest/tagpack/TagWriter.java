package org.flowtrace.ingest.tagpack;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of tags in one transaction: each wallet merged on its key, each tag merged on its
 * key, {@code (wallet)-[:TAGGED]->(tag)} between them, provenance on all three, and {@code custodial:
 * true} (with the exchange's actor as {@code custodian}) on wallets an exchange tag names. Writing the
 * same chunk again changes nothing.
 */
public final class TagWriter implements ItemWriter<WalletTag> {

    private static final String TAGS = """
            UNWIND $rows AS row
            MERGE (w:Wallet {key: row.walletKey})
            ON CREATE SET w.chain = row.chain, w.address = row.address, w.written = row.written
            SET w.hex = coalesce(w.hex, row.hex)
            %s
            MERGE (t:Tag {key: row.key})
            ON CREATE SET t += row.props
            %s
            MERGE (w)-[r:TAGGED]->(t)
            %s
            FOREACH (_ IN CASE WHEN row.custodial THEN [1] ELSE [] END |
              SET w.custodial = true, w.custodian = coalesce(w.custodian, row.actor))
            """.formatted(append("w"), append("t"), append("r"));

    private final GraphConnection graph;

    public TagWriter(GraphConnection graph) {
        this.graph = graph;
    }

    @Override
    public void write(Chunk<? extends WalletTag> chunk) {
        List<Map<String, Object>> rows =
                chunk.getItems().stream().map(TagWriter::row).toList();
        if (rows.isEmpty()) {
            return;
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(TAGS, Map.of("rows", rows)).consume());
        }
    }

    private static Map<String, Object> row(WalletTag tag) {
        var row = new HashMap<String, Object>();
        row.put("walletKey", tag.wallet().key());
        row.put("chain", tag.wallet().chain().name());
        row.put("address", tag.wallet().address());
        row.put("written", tag.wallet().written());
        row.put("hex", tag.hex());
        row.put("key", tag.key());
        row.put("props", tag.properties());
        row.put("custodial", tag.custodial());
        row.put("actor", tag.actor());
        row.put("prov", tag.provenance().encoded());
        row.put("sha256", tag.provenance().sourceSha256());
        return row;
    }
}

package org.flowtrace.graph.report;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.addToList;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.report.ReportGraph.Mention;
import org.flowtrace.graph.report.ReportGraph.ReportNode;
import org.flowtrace.graph.report.ReportGraph.TransferDetails;
import org.neo4j.driver.TransactionContext;

/**
 * Writes report nodes (merged on {@code key}), their {@code NAMES} links to parties and accounts, and the
 * two-way reference between a report and its transfers: {@code transferIds} on the report and
 * {@code reports} on each {@code TRANSFER} relationship, which is matched on its unique id.
 */
final class ReportWriter {

    private static final String REPORTS = """
            UNWIND $rows AS row
            MERGE (r:Report {key: row.key})
            %s
            SET r.transferIds = coalesce(r.transferIds, [])
                + [id IN row.transferIds WHERE NOT id IN coalesce(r.transferIds, [])]
            %s
            """.formatted(fillMissing("r", "props"), append("r"));

    private static final String MENTIONS = """
            UNWIND $rows AS row
            MATCH (r:Report {key: row.report})
            MATCH (x:%s {key: row.target})
            MERGE (r)-[n:NAMES]->(x)
            """;

    private static final String TRANSFER_DETAILS =
            """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            %s
            %s
            """.formatted(addToList("t", "reports", "report"), fillMissing("t", "props"));

    private ReportWriter() {}

    static void writeReports(TransactionContext tx, List<ReportNode> reports) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var report : reports) {
            var row = new HashMap<String, Object>();
            row.put("key", report.key());
            row.put("props", report.properties());
            row.put("transferIds", report.transferIds());
            provenance(row, report.provenance());
            rows.add(row);
        }
        run(tx, REPORTS, rows);
    }

    static void writeMentions(TransactionContext tx, List<Mention> mentions) {
        var byTarget = new EnumMap<MentionTarget, List<Map<String, Object>>>(MentionTarget.class);
        for (var mention : mentions) {
            var row = new HashMap<String, Object>();
            row.put("report", mention.reportKey());
            row.put("target", mention.targetKey());
            row.put("role", mention.role());
            provenance(row, mention.provenance());
            byTarget.computeIfAbsent(mention.target(), k -> new ArrayList<>()).add(row);
        }
        byTarget.forEach((target, rows) -> run(
                tx,
                MENTIONS.formatted(target.cypherLabel()) + addToList("n", "roles", "role") + "\n" + append("n"),
                rows));
    }

    static void writeTransferDetails(TransactionContext tx, List<TransferDetails> details) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var detail : details) {
            var row = new HashMap<String, Object>();
            row.put("id", detail.transferId());
            row.put("report", detail.reportKey());
            row.put("props", detail.properties());
            rows.add(row);
        }
        run(tx, TRANSFER_DETAILS, rows);
    }
}

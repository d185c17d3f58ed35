package org.flowtrace.graph.report;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.addToList;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A transfer no report has described yet ({@code reports} unset) holds only what the transfer writer
     * set, so the details it does not share with those ({@code row.fresh}) are set in one go; the shared
     * ones ({@code row.shared}, normally none), and every detail of a transfer already described, are set
     * only where missing.
     */
    private static final String TRANSFER_DETAILS = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            USING INDEX SEEK t:TRANSFER(id)
            WITH t, row, t.reports IS NULL AS fresh
            SET t.reports = coalesce(t.reports, []) + [r IN row.reports WHERE NOT r IN coalesce(t.reports, [])]
            FOREACH (_ IN CASE WHEN fresh THEN [1] ELSE [] END | SET t += row.fresh)
            FOREACH (k IN CASE WHEN fresh THEN keys(row.shared) ELSE keys(row.props) END
                | SET t[k] = coalesce(t[k], row.props[k]))
            """;

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

    /**
     * What the batch's reports say of one transfer: the reports stating it in batch order, and their
     * details merged with the first report's value winning, as writing them one after the other would.
     */
    record StatedTransfer(String id, List<String> reports, Map<String, Object> properties) {

        /** The details and reports a transfer created in this batch gets with its own properties. */
        Map<String, Object> onCreate() {
            var props = new HashMap<String, Object>(properties);
            props.put("reports", reports);
            return props;
        }
    }

    /** The batch's transfer details, one {@link StatedTransfer} per transfer id, in batch order. */
    static Map<String, StatedTransfer> stated(List<TransferDetails> details) {
        var byTransfer = new LinkedHashMap<String, StatedTransfer>();
        for (var detail : details) {
            var stated = byTransfer.computeIfAbsent(
                    detail.transferId(), id -> new StatedTransfer(id, new ArrayList<>(), new HashMap<>()));
            if (!stated.reports().contains(detail.reportKey())) {
                stated.reports().add(detail.reportKey());
            }
            detail.properties().forEach(stated.properties()::putIfAbsent);
        }
        return byTransfer;
    }

    /**
     * Writes what the reports say of transfers that were stored before this batch.
     *
     * @param transferKeys the property names the transfer writer sets on the batch's transfers
     */
    static void writeTransferDetails(
            TransactionContext tx, Collection<StatedTransfer> transfers, Set<String> transferKeys) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var transfer : transfers) {
            var fresh = new HashMap<String, Object>();
            var shared = new HashMap<String, Object>();
            transfer.properties().forEach((k, v) -> (transferKeys.contains(k) ? shared : fresh).put(k, v));
            rows.add(Map.of(
                    "id", transfer.id(),
                    "reports", transfer.reports(),
                    "props", transfer.properties(),
                    "fresh", fresh,
                    "shared", shared));
        }
        run(tx, TRANSFER_DETAILS, rows);
    }
}

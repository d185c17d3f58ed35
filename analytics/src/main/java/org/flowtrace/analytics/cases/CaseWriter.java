package org.flowtrace.analytics.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Stores a case: one {@code :Case} node merged on its name ({@code key}, unique since V0001) with who built
 * it and when, and {@code INCLUDES {via}} to every party, account, wallet, report, finding and designation
 * it holds; transfers (relationships) are listed by id. Rebuilding a name replaces its contents in the same
 * transaction, so a case is never duplicated nor half replaced. The case node and its links carry no
 * {@code prov}: they are not evidence, and the screening firewall (which sees only elements a public source
 * stated) can never read them.
 */
final class CaseWriter {

    private static final String CASE = """
            MERGE (c:Case {key: $name})
            ON CREATE SET c.createdAt = $now, c.createdBy = $analyst
            SET c.name = $name, c.updatedAt = $now, c.updatedBy = $analyst, c.start = $start,
                c.parameters = $parameters, c.transferIds = $transferIds, c.tracedTransferIds = $traced,
                c.traces = $traces, c.operatorPaths = $paths, c.notes = $notes, c.marking = $marking
            WITH c
            OPTIONAL MATCH (c)-[old:INCLUDES]->()
            DELETE old
            """;

    private static final String INCLUDES = """
            MATCH (c:Case {key: $name})
            UNWIND $rows AS row
            MATCH (n:%s {key: row.key})
            MERGE (c)-[i:INCLUDES]->(n)
            SET i.via = row.via
            """;

    private final GraphConnection graph;

    CaseWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Writes the case, replacing what a case of this name held before. */
    void replace(
            String name,
            String analyst,
            Instant now,
            String start,
            CaseParameters parameters,
            CaseMembers members,
            List<String> traces,
            List<String> paths,
            List<String> notes) {
        var params = new HashMap<String, Object>();
        params.put("name", name);
        params.put("analyst", analyst);
        params.put("now", now.atOffset(ZoneOffset.UTC));
        params.put("start", start);
        params.put("parameters", parameters.describe());
        params.put("transferIds", members.transfers());
        params.put("traced", members.traced());
        params.put("traces", traces);
        params.put("paths", paths);
        params.put("notes", notes);
        params.put("marking", CaseContents.MARKING);
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(CASE, params).consume();
                for (var label : MemberLabel.values()) {
                    var rows = members.rows(label);
                    if (!rows.isEmpty()) {
                        tx.run(INCLUDES.formatted(label.cypherLabel()), Map.of("name", name, "rows", rows))
                                .consume();
                    }
                }
            });
        }
    }
}

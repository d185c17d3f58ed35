package org.flowtrace.graph.ownership;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.PartyWriter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * Writes an {@link OwnershipGraph} in one managed transaction: parties, statements (with the
 * replacement history), identifiers and addresses, interests ({@code OWNS}/{@code CONTROLS}),
 * designations, wallets, payments and links, each a batched {@code UNWIND … MERGE} on a constrained key
 * with provenance. After the interests, the {@code current} flag of every statement the batch touched
 * and of its interests is brought up to date, so the result does not depend on the order statements
 * arrive in.
 */
public final class OwnershipGraphWriter {

    private static final String PARTIES = """
            UNWIND $rows AS row
            MERGE (p:Party {key: row.key})
            %s
            WITH p, row, row.asOf IS NOT NULL AND row.asOf >= coalesce(p.asOf, '') AS newer
            FOREACH (k IN keys(row.props) |
              SET p[k] = CASE WHEN newer THEN row.props[k] ELSE coalesce(p[k], row.props[k]) END)
            FOREACH (k IN keys(row.lists) |
              SET p[k] = coalesce(p[k], []) + [x IN row.lists[k] WHERE NOT x IN coalesce(p[k], [])])
            SET p.asOf = CASE WHEN newer THEN row.asOf ELSE p.asOf END
            """;

    private static final String STATEMENTS = """
            UNWIND $rows AS row
            MERGE (s:Statement {key: row.key})
            ON CREATE SET s.current = true
            SET s.statementId = row.statementId, s.statementDate = row.statementDate,
                s.recordKey = row.recordKey, s.closed = row.closed
            %s
            %s
            WITH s, row WHERE row.describes IS NOT NULL
            MATCH (p:Party {key: row.describes})
            MERGE (s)-[d:DESCRIBES]->(p)
            %s
            """.formatted(fillMissing("s", "props"), append("s"), append("d"));

    private static final String ADDRESS_NODES = """
            UNWIND $rows AS row
            MERGE (a:Address {key: row.key})
            %s
            %s
            """.formatted(fillMissing("a", "props"), append("a"));

    private static final String REPLACEMENTS = """
            UNWIND $rows AS row
            UNWIND row.replaces AS old
            MERGE (o:Statement {key: old})
            SET o.current = false, o.replacedBy = coalesce(o.replacedBy, row.statementId)
            """;

    private static final String RECORDS = """
            UNWIND $recordKeys AS recordKey
            MATCH (s:Statement {recordKey: recordKey})
            WITH recordKey, s ORDER BY s.statementDate DESC, s.statementId DESC
            WITH recordKey, collect(s) AS history
            WITH history[0] AS latest, history
            UNWIND history AS s
            SET s.current = (s = latest),
                s.replacedBy = CASE WHEN s = latest THEN null ELSE latest.statementId END
            RETURN s.key AS key
            """;

    private static final String INTERESTS = """
            UNWIND $rows AS row
            MERGE (a:Party {key: row.from})
            MERGE (b:Party {key: row.to})
            MERGE (a)-[r:%s {key: row.key}]->(b)
            ON CREATE SET r.current = true
            SET r.statementKey = row.statementKey
            %s
            %s
            """;

    private static final String CURRENT = """
            UNWIND $keys AS key
            MATCH (s:Statement {key: key})
            MATCH ()-[r:%s {statementKey: key}]->()
            SET r.current = s.current AND NOT coalesce(s.closed, false), r.replacedBy = s.replacedBy
            """;

    private static final String DESIGNATIONS = """
            UNWIND $rows AS row
            MERGE (d:Designation {key: row.key})
            %s
            %s
            WITH d, row WHERE row.party IS NOT NULL
            MERGE (p:Party {key: row.party})
            MERGE (p)-[r:DESIGNATED_BY]->(d)
            %s
            """.formatted(fillMissing("d", "props"), append("d"), append("r"));

    private static final String WALLETS =
            """
            UNWIND $rows AS row
            MERGE (w:Wallet {key: row.walletKey})
            ON CREATE SET w.chain = row.chain, w.address = row.address, w.written = row.written
            SET w.hex = coalesce(w.hex, row.hex)
            %s
            WITH w, row
            CALL (w, row) {
              WITH * WHERE row.party IS NOT NULL
              MERGE (p:Party {key: row.party})
              MERGE (p)-[c:CONTROLS_WALLET]->(w)
              %s
              %s
            }
            CALL (w, row) {
              WITH * WHERE row.designation IS NOT NULL
              MERGE (d:Designation {key: row.designation})
              MERGE (w)-[x:DESIGNATED_BY]->(d)
              SET w.designated = true
              %s
            }
            """.formatted(append("w"), fillMissing("c", "props"), append("c"), append("x"));

    private static final String PAYMENTS =
            """
            UNWIND $rows AS row
            MERGE (m:Payment {key: row.key})
            %s
            %s
            WITH m, row
            CALL (m, row) {
              WITH * WHERE row.payer IS NOT NULL
              MERGE (p:Party {key: row.payer})
              MERGE (p)-[r:PAID]->(m)
              %s
            }
            CALL (m, row) {
              WITH * WHERE row.beneficiary IS NOT NULL
              MERGE (b:Party {key: row.beneficiary})
              MERGE (m)-[r:PAID_TO]->(b)
              %s
            }
            """.formatted(fillMissing("m", "props"), append("m"), append("r"), append("r"));

    private static final String LINKS = """
            UNWIND $rows AS row
            MERGE (a:Party {key: row.from})
            MERGE (b:Party {key: row.to})
            MERGE (a)-[r:LINKED_TO {relation: row.relation}]->(b)
            %s
            %s
            """.formatted(fillMissing("r", "props"), append("r"));

    private final GraphConnection graph;

    public OwnershipGraphWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Writes the batch in one transaction (retried by the driver on transient errors). */
    public void write(OwnershipGraph batch) {
        if (batch.isEmpty()) {
            return;
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> write(tx, batch));
        }
    }

    private static void write(TransactionContext tx, OwnershipGraph batch) {
        writeParties(tx, batch.parties());
        run(tx, STATEMENTS, statementRows(batch.statements()));
        run(tx, ADDRESS_NODES, rows(batch.addressNodes(), a -> {
            var row = row(a.provenance());
            row.put("key", a.key());
            row.put("props", a.properties());
            return row;
        }));
        PartyWriter.writeIdentifiers(tx, batch.identifiers());
        PartyWriter.writeAddresses(tx, batch.addresses());
        writeInterests(tx, batch.interests());
        updateCurrent(tx, batch.statements());
        run(tx, DESIGNATIONS, rows(batch.designations(), d -> {
            var row = row(d.provenance());
            row.put("key", d.key());
            row.put("party", d.partyKey());
            row.put("props", d.properties());
            return row;
        }));
        run(tx, WALLETS, rows(batch.wallets(), w -> {
            var row = row(w.provenance());
            row.put("walletKey", w.wallet().key());
            row.put("chain", w.wallet().chain().name());
            row.put("address", w.wallet().address());
            row.put("written", w.wallet().written());
            row.put("hex", w.hex());
            row.put("party", w.partyKey());
            row.put("designation", w.designationKey());
            row.put("props", w.properties());
            return row;
        }));
        run(tx, PAYMENTS, rows(batch.payments(), p -> {
            var row = row(p.provenance());
            row.put("key", p.key());
            row.put("payer", p.payerKey());
            row.put("beneficiary", p.beneficiaryKey());
            row.put("props", p.properties());
            return row;
        }));
        run(tx, LINKS, rows(batch.links(), l -> {
            var row = row(l.provenance());
            row.put("from", l.fromKey());
            row.put("to", l.toKey());
            row.put("relation", l.relation());
            row.put("props", l.properties());
            return row;
        }));
    }

    private static void writeParties(TransactionContext tx, List<OwnershipGraph.PartyNode> parties) {
        var byLabel = new HashMap<@Nullable PartyKind, List<Map<String, Object>>>();
        for (var party : parties) {
            var row = row(party.provenance());
            row.put("key", party.key());
            row.put("props", party.properties());
            row.put("lists", party.lists());
            row.put("asOf", party.asOf());
            byLabel.computeIfAbsent(party.kind(), k -> new ArrayList<>()).add(row);
        }
        byLabel.forEach((kind, rows) -> {
            var label = kind == null ? "" : "SET p:" + kind.cypherLabel();
            run(tx, PARTIES.formatted(label) + append("p"), rows);
        });
    }

    private static List<Map<String, Object>> statementRows(List<OwnershipGraph.StatementNode> statements) {
        return rows(statements, s -> {
            var row = row(s.provenance());
            row.put("key", s.key());
            row.put("statementId", s.statementId());
            row.put("describes", s.describes());
            row.put("recordKey", s.recordKey());
            row.put("statementDate", s.statementDate());
            row.put("closed", s.closed());
            row.put("replaces", s.replaces());
            row.put("props", s.properties());
            return row;
        });
    }

    private static void writeInterests(TransactionContext tx, List<OwnershipGraph.Interest> interests) {
        for (var relation : InterestRelation.values()) {
            var rows = rows(
                    interests.stream()
                            .filter(interest -> interest.relation() == relation)
                            .toList(),
                    i -> {
                        var row = row(i.provenance());
                        row.put("key", i.key());
                        row.put("from", i.interestedParty());
                        row.put("to", i.subject());
                        row.put("statementKey", i.statementKey());
                        row.put("props", i.properties());
                        return row;
                    });
            run(tx, INTERESTS.formatted(relation.cypherType(), fillMissing("r", "props"), append("r")), rows);
        }
    }

    /**
     * Marks replaced statements, recomputes the current statement of every BODS 0.4 record the batch
     * touched, and copies each touched statement's state onto its interests.
     */
    private static void updateCurrent(TransactionContext tx, List<OwnershipGraph.StatementNode> statements) {
        if (statements.isEmpty()) {
            return;
        }
        var replacing = statements.stream().filter(s -> !s.replaces().isEmpty()).toList();
        run(tx, REPLACEMENTS, statementRows(replacing));
        var touched = new LinkedHashSet<String>();
        var recordKeys = new LinkedHashSet<String>();
        for (var statement : statements) {
            touched.add(statement.key());
            touched.addAll(statement.replaces());
            if (statement.recordKey() != null) {
                recordKeys.add(statement.recordKey());
            }
        }
        if (!recordKeys.isEmpty()) {
            tx.run(RECORDS, Map.of("recordKeys", List.copyOf(recordKeys)))
                    .list(r -> r.get("key").asString())
                    .forEach(touched::add);
        }
        for (var relation : InterestRelation.values()) {
            tx.run(CURRENT.formatted(relation.cypherType()), Map.of("keys", List.copyOf(touched)))
                    .consume();
        }
    }

    private static Map<String, Object> row(Provenance provenance) {
        var row = new HashMap<String, Object>();
        provenance(row, provenance);
        return row;
    }

    private static <T> List<Map<String, Object>> rows(
            List<T> items, java.util.function.Function<T, Map<String, Object>> toRow) {
        var rows = new ArrayList<Map<String, Object>>(items.size());
        for (var item : items) {
            rows.add(toRow.apply(item));
        }
        return rows;
    }
}

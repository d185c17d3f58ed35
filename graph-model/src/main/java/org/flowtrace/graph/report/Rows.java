package org.flowtrace.graph.report;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.model.Provenance;
import org.neo4j.driver.TransactionContext;

/** The Cypher fragments and row plumbing the report and ownership writers share. */
public final class Rows {

    private Rows() {}

    /**
     * Sets each property of {@code row.<map>} on the element unless the element already has it: the
     * first source to state a property keeps it, later sources fill only what is missing.
     */
    public static String fillMissing(String variable, String map) {
        return "FOREACH (k IN keys(row.%2$s) | SET %1$s[k] = coalesce(%1$s[k], row.%2$s[k]))".formatted(variable, map);
    }

    /** Adds {@code row.<value>} to the list property {@code <variable>.<list>} unless it is there already. */
    public static String addToList(String variable, String list, String value) {
        return ("SET %1$s.%2$s = CASE WHEN row.%3$s IN coalesce(%1$s.%2$s, []) THEN %1$s.%2$s"
                        + " ELSE coalesce(%1$s.%2$s, []) + row.%3$s END")
                .formatted(variable, list, value);
    }

    public static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(query, Map.of("rows", rows)).consume();
        }
    }

    /** The two row entries {@link org.flowtrace.graph.provenance.ProvenanceClause} reads. */
    public static void provenance(Map<String, Object> row, Provenance provenance) {
        row.put("prov", provenance.encoded());
        row.put("sha256", provenance.sourceSha256());
    }
}

package org.flowtrace.graph.provenance;

/**
 * The Cypher clause every writer uses to record provenance on an element. It expects the row map to
 * carry {@code prov} (an encoded {@link org.flowtrace.graph.model.Provenance}) and {@code sha256}, and
 * appends the entry unless the element already has one from the same source — so a re-run adds
 * nothing and a second source adds one entry.
 */
public final class ProvenanceClause {

    private ProvenanceClause() {}

    /**
     * {@code SET x.prov = …} for the element bound to {@code variable}, reading {@code row.prov} and
     * {@code row.sha256}. {@code variable} must be a Cypher identifier written in code, never input.
     */
    public static String append(String variable) {
        if (!variable.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("not a Cypher variable: " + variable);
        }
        return ("FOREACH (_ IN CASE WHEN any(p IN coalesce(%1$s.prov, []) WHERE p CONTAINS ('|' + row.sha256 + '|'))"
                        + " THEN [] ELSE [1] END | SET %1$s.prov = coalesce(%1$s.prov, []) + row.prov)")
                .formatted(variable);
    }
}

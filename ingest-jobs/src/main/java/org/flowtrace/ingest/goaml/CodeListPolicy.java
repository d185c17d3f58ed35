package org.flowtrace.ingest.goaml;

/**
 * What a code-list (enumeration) violation does to a report: FIUs change their code lists more often
 * than reporting entities update their exports, so a value missing from the list may be let through.
 */
public enum CodeListPolicy {
    /** The report loads; the violations are kept on the report node as {@code codeListWarnings}. */
    WARN,
    /** The report is rejected like any other schema violation. */
    REJECT
}

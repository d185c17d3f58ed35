package org.flowtrace.graph.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where one stored fact came from: the ingest run that wrote it, the SHA-256 of the source it was
 * read from, and the record's locator in that source (line number, XPath, block/tx/log index …).
 *
 * <p>Stored on every node and relationship as entries of the list property {@code prov}, each entry
 * encoded as {@code runId|sha256|locator} (see {@link #encoded()}). An element keeps one entry per
 * source: the first record of that source that stated it. A second source adds a second entry; a
 * re-run of the same source adds nothing.
 */
public record Provenance(String runId, String sourceSha256, String locator) {

    /** Compiled once: every transfer, node and link of a load builds a provenance. */
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Provenance {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        Objects.requireNonNull(locator, "locator");
        if (runId.contains("|") || runId.isBlank()) {
            throw new IllegalArgumentException("run id must be non-blank and free of '|': " + runId);
        }
        if (!SHA256.matcher(sourceSha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sourceSha256);
        }
    }

    /** The entry stored in an element's {@code prov} list. */
    public String encoded() {
        return runId + "|" + sourceSha256 + "|" + locator;
    }

    /** Decodes an entry written by {@link #encoded()}; the locator may itself contain '|'. */
    public static Provenance decode(String entry) {
        int first = entry.indexOf('|');
        int second = entry.indexOf('|', first + 1);
        if (first < 0 || second < 0) {
            throw new IllegalArgumentException("not a provenance entry: " + entry);
        }
        return new Provenance(
                entry.substring(0, first), entry.substring(first + 1, second), entry.substring(second + 1));
    }
}

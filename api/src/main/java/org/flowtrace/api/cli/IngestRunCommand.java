package org.flowtrace.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowtrace.ingest.support.IngestResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options and output every {@code flowtrace ingest <format>} command shares, whether it loads files or
 * reads a node or API: re-run and quiet flags, chunk and skip settings, and one summary line per
 * source.
 */
abstract class IngestRunCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--rerun",
            description = "Load again even if a completed run already loaded this exact source (adds nothing new)")
    boolean rerun;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress lines, only the summary")
    boolean quiet;

    @Option(names = "--chunk-size", paramLabel = "N", description = "Records per transaction (default 5000)")
    Integer chunkSize;

    @Option(
            names = "--skip-limit",
            paramLabel = "N",
            description = "Rejected records allowed before a run fails (default 1000)")
    Long skipLimit;

    @Spec
    CommandSpec spec;

    /** The configuration key {@code --chunk-size} sets (a format may count its own records, e.g. reports). */
    String chunkSizeKey() {
        return "flowtrace.ingest.chunk-size";
    }

    /** The configuration of this run: connection, rejects folder, quiet, chunk and skip settings. */
    Map<String, Object> runProperties() {
        var properties = connection.properties();
        var rejectsDir =
                properties.getOrDefault(
                                "flowtrace.data-dir",
                                Path.of("flowtrace-data").toAbsolutePath().toString()) + "/rejects";
        properties.put("flowtrace.ingest.rejects-dir", rejectsDir);
        properties.put("flowtrace.ingest.quiet", quiet);
        if (chunkSize != null) {
            properties.put(chunkSizeKey(), chunkSize);
        }
        if (skipLimit != null) {
            properties.put("flowtrace.ingest.skip-limit", skipLimit);
        }
        return properties;
    }

    /** The summary of one source's load: {@code <shown>: STATUS (run …) — n read, …}, totals, rejects, failure. */
    static void print(PrintWriter out, String shown, IngestResult result) {
        var line = "%s: %s (run %s) — %,d read, %,d written, %,d rejected"
                .formatted(shown, result.status(), result.runId(), result.read(), result.written(), result.skipped());
        out.println(line);
        result.counts().forEach((name, count) -> out.println("  %s: %,d".formatted(words(name), count)));
        var rejects = result.rejectsIfAny();
        if (rejects != null) {
            out.println("  rejects: " + rejects);
        }
        if (result.failure() != null) {
            out.println("  failed: " + result.failure());
        }
    }

    /** {@code transfersWithoutRate} as {@code transfers without rate}. */
    static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}

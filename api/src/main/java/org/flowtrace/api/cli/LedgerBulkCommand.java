package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.flowtrace.graph.embedded.DataFolderLock;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.ledger.LedgerBulkLoad;

/**
 * {@code ingest ledger --bulk}: with the data folder locked and no database in it yet, prepares the
 * import files, runs Neo4j's import tool in this process, then starts the application once so the
 * schema migrations create the keys on the imported graph. Refuses an external Neo4j and a data folder
 * that already holds a graph, so nothing loaded before is ever replaced.
 */
final class LedgerBulkCommand {

    private LedgerBulkCommand() {}

    static int run(IngestCommand.Ledger command) {
        var out = command.spec.commandLine().getOut();
        var err = command.spec.commandLine().getErr();
        var properties = command.connection.properties();
        if (properties.containsKey("flowtrace.neo4j.uri") || isSet(System.getenv("FLOWTRACE_NEO4J_URI"))) {
            err.println("flowtrace: --bulk writes the embedded database; for an external Neo4j load without --bulk");
            return FlowtraceCommand.FAILED;
        }
        if (command.inputs.size() != 1 || !Files.isRegularFile(command.inputs.getFirst())) {
            err.println("flowtrace: --bulk loads exactly one file");
            return FlowtraceCommand.FAILED;
        }
        var input = command.inputs.getFirst().toAbsolutePath().normalize();
        var dataDir = Path.of(String.valueOf(properties.getOrDefault(
                        "flowtrace.data-dir", Path.of("flowtrace-data").toAbsolutePath())))
                .normalize();
        LedgerBulkLoad.Outcome outcome;
        try (var lock = DataFolderLock.acquire(dataDir)) {
            var home = dataDir.resolve("neo4j");
            if (Files.exists(home.resolve("data").resolve("databases").resolve("neo4j"))) {
                err.println(
                        "flowtrace: " + dataDir
                                + " already holds a graph; --bulk loads only into an empty data folder (load without --bulk to add to it)");
                return FlowtraceCommand.FAILED;
            }
            var work = Files.createTempDirectory(dataDir, "bulk-import-");
            try {
                outcome = LedgerBulkLoad.run(
                        input, command.options(), home, dataDir.resolve("rejects"), work, message -> {
                            if (!command.quiet) {
                                err.println(message);
                            }
                        });
            } finally {
                deleteTree(work);
            }
        } catch (IngestException e) {
            err.println("flowtrace: " + e.getMessage());
            return FlowtraceCommand.FAILED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var context = ApplicationStarter.start(properties)) {
            // starting applies the schema migrations to the imported graph
        }
        out.printf(
                "%s: COMPLETED (run %s, bulk) — %,d read, %,d written, %,d rejected, %,d duplicate rows%n",
                input.getFileName(),
                outcome.runId(),
                outcome.read(),
                outcome.written(),
                outcome.skipped(),
                outcome.duplicates());
        if (Files.exists(outcome.rejects())) {
            out.println("  rejects: " + outcome.rejects());
        }
        out.flush();
        return 0;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}

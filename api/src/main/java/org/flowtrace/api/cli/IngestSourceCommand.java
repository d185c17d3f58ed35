package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code flowtrace ingest <format>} command shares: files or folders to load, re-run and
 * quiet flags, chunk and skip settings, and one summary line per source. A source that is not of the
 * format is reported and the others still load; the exit code is 1 if any source failed.
 */
abstract class IngestSourceCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "Files to load, or folders whose matching files are loaded in name order")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--rerun",
            description = "Load again even if a completed run already loaded this exact file (adds nothing new)")
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

    /** The job factory bean of this format. */
    abstract Class<? extends IngestJobFactory> factory();

    /** File name endings this format's files have, for folders ({@code .csv}, {@code .xml} …). */
    abstract List<String> extensions();

    /** The configuration key {@code --chunk-size} sets (a format may count its own records, e.g. reports). */
    String chunkSizeKey() {
        return "flowtrace.ingest.chunk-size";
    }

    /** Format options passed to the job (e.g. the column mapping). */
    Map<String, String> options() {
        return Map.of();
    }

    @Override
    public Integer call() {
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
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int failures = 0;
        try (var context = ApplicationStarter.start(properties)) {
            var launcher = context.getBean(IngestLauncher.class);
            var factory = context.getBean(factory());
            for (var file : files()) {
                try {
                    var result = launcher.launch(factory, file, options(), rerun);
                    print(out, result);
                    if (!result.succeeded()) {
                        failures++;
                    }
                } catch (IngestException e) {
                    err.println("flowtrace: " + e.getMessage());
                    failures++;
                }
            }
        }
        out.flush();
        err.flush();
        return failures == 0 ? 0 : FlowtraceCommand.FAILED;
    }

    private List<Path> files() {
        var files = new ArrayList<Path>();
        for (var input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(Files::isRegularFile)
                            .filter(path -> extensions().stream()
                                    .anyMatch(ext -> path.getFileName()
                                            .toString()
                                            .toLowerCase()
                                            .endsWith(ext)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private static void print(PrintWriter out, IngestResult result) {
        var line = "%s: %s (run %s) — %,d read, %,d written, %,d rejected"
                .formatted(
                        Path.of(result.input()).getFileName(),
                        result.status(),
                        result.runId(),
                        result.read(),
                        result.written(),
                        result.skipped());
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

package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowtrace.api.ingest.IngestFormat;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.support.IngestLauncher;
import picocli.CommandLine.Parameters;

/**
 * What every file-based {@code flowtrace ingest <format>} command shares: files or folders to load, one
 * job per file (the run options are {@link IngestRunCommand}'s). A source that is not of the format is
 * reported and the others still load; the exit code is 1 if any source failed.
 */
abstract class IngestSourceCommand extends IngestRunCommand {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description = "Files to load, or folders whose matching files are loaded in name order")
    List<Path> inputs = new ArrayList<>();

    /** The format this command loads: its job factory bean, file name endings and options. */
    abstract IngestFormat format();

    /** Format options passed to the job (e.g. the column mapping). */
    Map<String, String> options() {
        return Map.of();
    }

    /** A file named on the command line, as the job reads it. */
    static Path file(String name) {
        return Path.of(name).toAbsolutePath().normalize();
    }

    @Override
    public Integer call() {
        var properties = runProperties();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int failures = 0;
        try (var context = ApplicationStarter.start(properties)) {
            var launcher = context.getBean(IngestLauncher.class);
            var factory = context.getBean(format().factory());
            for (var file : files()) {
                try {
                    var result = launcher.launch(factory, file, options(), rerun);
                    print(out, Path.of(result.input()).getFileName().toString(), result);
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
                    listing.filter(format()::matches).sorted().forEach(files::add);
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
}

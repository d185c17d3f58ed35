package org.flowtrace.ingest.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rejects of one run (one job execution), one JSON object per line. Created on the first reject
 * only; the steps of a multi-step job append to it in turn. A resumed run is a new execution with its
 * own file; the earlier attempt's file stays.
 */
public final class RejectsFile implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path path;
    private @Nullable BufferedWriter writer;
    private long count;

    public RejectsFile(Path path) {
        this.path = path;
    }

    public synchronized void append(RejectedRecord rejected) {
        try {
            if (writer == null) {
                Files.createDirectories(path.getParent());
                writer = Files.newBufferedWriter(
                        path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            writer.write(JSON.writeValueAsString(rejected));
            writer.newLine();
            writer.flush();
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close rejects file " + path, e);
            } finally {
                writer = null;
            }
        }
    }
}

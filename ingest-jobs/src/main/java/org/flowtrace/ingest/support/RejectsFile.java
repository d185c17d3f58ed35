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
 * only; the later steps of a multi-step job append to the file of the first. A resumed run is a new
 * execution with its own file; the earlier attempt's file stays.
 */
public final class RejectsFile implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path path;
    private final boolean append;
    private @Nullable BufferedWriter writer;
    private long count;

    /** A rejects file that replaces any file at {@code path} on its first reject. */
    public RejectsFile(Path path) {
        this(path, false);
    }

    /** A rejects file that, with {@code append}, adds to the file an earlier step of the same run wrote. */
    public RejectsFile(Path path, boolean append) {
        this.path = path;
        this.append = append;
    }

    public synchronized void append(RejectedRecord rejected) {
        try {
            if (writer == null) {
                Files.createDirectories(path.getParent());
                writer = Files.newBufferedWriter(
                        path,
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
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

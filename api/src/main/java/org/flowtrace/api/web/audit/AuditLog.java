package org.flowtrace.api.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.graph.model.Sha256;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log file: JSON lines, only ever appended to (the file is opened for appending, each line
 * forced to disk before the request's answer leaves), each line holding the SHA-256 of the line
 * before. {@link #verify()} recomputes the chain.
 */
public final class AuditLog implements AutoCloseable {

    static final String NO_PREVIOUS = "0".repeat(64);

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final FileChannel channel;
    private long seq;
    private String previous;

    /** Opens (or creates) the log at {@code file}, continuing its chain. */
    public AuditLog(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var last = lastLine();
            this.seq = last == null ? 0 : json.readValue(last, AuditEntry.class).seq();
            this.previous = last == null ? NO_PREVIOUS : sha256(last);
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit log " + file, e);
        }
    }

    public Path path() {
        return file;
    }

    /** Appends one act to the log; returns the entry as written. */
    public synchronized AuditEntry append(
            String user,
            List<String> roles,
            String client,
            String action,
            String method,
            String path,
            @Nullable String query,
            int status) {
        var entry = new AuditEntry(
                seq + 1, Instant.now(), user, roles, client, action, method, path, query, status, previous);
        var line = json.writeValueAsString(entry);
        try {
            var bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit log " + file, e);
        }
        seq = entry.seq();
        previous = sha256(line);
        return entry;
    }

    /** Entries newest first: {@code size} of them after skipping {@code skip}; and the total. */
    public synchronized Page page(int skip, int size) {
        var lines = lines();
        var items = new ArrayList<AuditEntry>();
        for (int i = lines.size() - 1 - skip; i >= 0 && items.size() < size; i--) {
            items.add(json.readValue(lines.get(i), AuditEntry.class));
        }
        return new Page(items, lines.size());
    }

    /** A page of entries and the number of entries in the log. */
    public record Page(List<AuditEntry> items, long total) {}

    /** The result of checking the chain: the number of lines, and the first line that breaks it (0 if none). */
    public record Verification(long lines, boolean intact, long firstBrokenLine, String detail) {}

    /** Recomputes the chain from the first line. */
    public synchronized Verification verify() {
        var lines = lines();
        var expected = NO_PREVIOUS;
        for (int i = 0; i < lines.size(); i++) {
            AuditEntry entry;
            try {
                entry = json.readValue(lines.get(i), AuditEntry.class);
            } catch (RuntimeException e) {
                return new Verification(lines.size(), false, i + 1, "line " + (i + 1) + " is not an audit entry");
            }
            if (!entry.previous().equals(expected) || entry.seq() != i + 1) {
                return new Verification(
                        lines.size(),
                        false,
                        i + 1,
                        "line " + (i + 1) + " does not follow line " + i + ": a line was removed, added or changed");
            }
            expected = sha256(lines.get(i));
        }
        return new Verification(lines.size(), true, 0, "the chain of " + lines.size() + " lines is intact");
    }

    private List<String> lines() {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file, e);
        }
    }

    private @Nullable String lastLine() throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String last = null;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        return last;
    }

    private static String sha256(String line) {
        return Sha256.hex(line);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}

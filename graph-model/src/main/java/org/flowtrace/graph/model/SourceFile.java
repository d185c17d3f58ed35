package org.flowtrace.graph.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A source of evidence as read: its SHA-256 (the key of the chain of custody), where it was read from
 * (file URI or API URL) and its size in bytes.
 */
public record SourceFile(String sha256, String uri, long bytes) {

    public SourceFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uri, "uri");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
    }

    /** Hashes a file while streaming it (never all in memory). */
    public static SourceFile of(Path file) {
        var digest = Sha256.digest();
        try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
            long bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            return new SourceFile(
                    HexFormat.of().formatHex(digest.digest()),
                    file.toAbsolutePath().normalize().toUri().toString(),
                    bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Describes content that did not come from a file, such as an API response. */
    public static SourceFile ofContent(byte[] content, String uri) {
        return new SourceFile(HexFormat.of().formatHex(Sha256.digest().digest(content)), uri, content.length);
    }
}

package org.flowtrace.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Reads the module's own sources as text, for tests that check what no analysis may read. */
public final class SourceScan {

    private SourceScan() {}

    /** The files under {@code folder} (relative to the module) whose text contains any of {@code texts}. */
    public static List<Path> filesContaining(String folder, String... texts) {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> Arrays.stream(texts).anyMatch(read(file)::contains))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

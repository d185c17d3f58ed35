package org.flowtrace.ingest.ethereum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link EvmFolderIndex} of each export folder while its files load one job after another,
 * and builds it again when a file of the folder was added, removed or changed.
 */
@Component
public class EvmFolderIndexCache {

    private static final Logger log = LoggerFactory.getLogger(EvmFolderIndexCache.class);

    private record Entry(List<String> fingerprint, EvmFolderIndex index) {}

    private final Map<Path, Entry> entries = new HashMap<>();

    /** The index of the folder holding {@code file}. */
    public synchronized EvmFolderIndex forFileIn(Path file) {
        var folder = file.toAbsolutePath().normalize().getParent();
        var fingerprint = fingerprint(folder);
        var entry = entries.get(folder);
        if (entry == null || !entry.fingerprint().equals(fingerprint)) {
            var index = EvmFolderIndex.of(folder);
            log.info(
                    "Indexed {} export files: {} block timestamps, {} tokens with decimals",
                    fingerprint.size(),
                    index.blockCount(),
                    index.tokens().size());
            entry = new Entry(fingerprint, index);
            entries.put(folder, entry);
        }
        return entry.index();
    }

    private static List<String> fingerprint(Path folder) {
        var lines = new ArrayList<String>();
        for (var file : EvmFolderIndex.exportFiles(folder)) {
            try {
                lines.add(file.getFileName() + ":" + Files.size(file) + ":"
                        + Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return lines;
    }
}

package org.flowtrace.api.web.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.api.ingest.IngestFormat;
import org.springframework.stereotype.Component;

/**
 * The server's inbox folder: resolves the relative paths of ingest requests inside it and refuses any
 * that leads out of it ({@code ..}, absolute paths, symbolic links pointing elsewhere). Its messages name
 * paths relative to the inbox only.
 */
@Component
class Inbox {

    private final Path root;

    Inbox(IngestInboxProperties properties, FlowtraceProperties flowtrace) {
        var folder = properties.inbox(flowtrace.dataDir()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
            this.root = folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the ingest inbox " + folder, e);
        }
    }

    Path root() {
        return root;
    }

    /**
     * The files a request for {@code relative} loads: the file, or the format's files of the folder in
     * name order; each as its real path inside the inbox.
     */
    List<Path> files(String relative, IngestFormat format) {
        var target = resolve(relative);
        if (!Files.isDirectory(target)) {
            if (!Files.isRegularFile(target)) {
                throw new IllegalArgumentException("not a file or folder: " + relative);
            }
            return List.of(target);
        }
        var files = new ArrayList<Path>();
        try (Stream<Path> listing = Files.list(target)) {
            for (var file : listing.sorted().toList()) {
                if (format.matches(file)) {
                    files.add(inside(file, shown(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + shown(target), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no " + format.formatName() + " files ("
                    + String.join(", ", format.extensions()) + ") in folder " + relative);
        }
        return files;
    }

    /** A file or folder of the inbox named by its relative path, as its real path. */
    Path resolve(String relative) {
        if (relative.isBlank()) {
            throw new IllegalArgumentException("path is required: a file or folder relative to the inbox");
        }
        Path path;
        try {
            path = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a valid path: " + relative);
        }
        if (path.isAbsolute() || path.getRoot() != null || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new IllegalArgumentException("path must be relative to the inbox folder");
        }
        for (var part : path) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException("path must not leave the inbox folder: " + relative);
            }
        }
        var resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("path must not leave the inbox folder: " + relative);
        }
        return inside(resolved, relative);
    }

    /** The real path of {@code path}, which must exist and (symbolic links followed) lie inside the inbox. */
    private Path inside(Path path, String shown) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file or folder in the inbox: " + shown);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + shown + " in the inbox");
        }
        if (!real.startsWith(root)) {
            throw new IllegalArgumentException("path leads out of the inbox folder: " + shown);
        }
        return real;
    }

    /**
     * How an ingest run's source is shown: relative to the inbox when inside it; a URL as its scheme and
     * host only (a node's URL may hold an API key); any other file by its name only.
     */
    String shown(String input) {
        if (input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            try {
                var uri = URI.create(input);
                return uri.getScheme() + "://" + (uri.getHost() == null ? "" : uri.getHost());
            } catch (IllegalArgumentException e) {
                return "(remote source)";
            }
        }
        try {
            return shown(Path.of(input));
        } catch (InvalidPathException e) {
            return "(file)";
        }
    }

    String shown(Path file) {
        var normalized = file.toAbsolutePath().normalize();
        if (normalized.startsWith(root)) {
            return root.relativize(normalized).toString();
        }
        var name = normalized.getFileName();
        return name == null ? "(file)" : name.toString();
    }

    /** A message with every mention of the inbox's location removed, so that it names relative paths. */
    String withoutLocation(String message) {
        return message.replace(root + "/", "").replace(root.toString(), "inbox");
    }
}

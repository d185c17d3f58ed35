package org.flowtrace.api.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.graph.provenance.ProvenanceEntry;

/** Writes a case pack in one format into a folder, named after the case. */
public final class CasePack {

    /** The formats of {@code flowtrace case export --format}. */
    public enum Format {
        html(".html"),
        json(".json"),
        ftm(".ftm.json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file name ending of this format ({@code .html} …). */
        public String extension() {
            return extension;
        }
    }

    private CasePack() {}

    /** Writes the pack into {@code folder} and returns its path ({@code <case name>.html} …). */
    public static Path write(CaseContents contents, Format format, Path folder) {
        var text = text(contents, format);
        try {
            Files.createDirectories(folder);
            var file = folder.resolve(fileName(contents.name()) + format.extension);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case pack into " + folder, e);
        }
    }

    /** The pack as text in this format. */
    public static String text(CaseContents contents, Format format) {
        return switch (format) {
            case html -> CaseHtml.page(contents);
            case json -> CaseJson.text(contents);
            case ftm -> CaseFtm.lines(contents);
        };
    }

    /** The case name as a file name: letters, digits, {@code .}, {@code _} and {@code -}; the rest {@code -}. */
    public static String fileName(String name) {
        var safe = name.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "case" : safe.toLowerCase(Locale.ROOT);
    }

    /** One source of a fact as the packs write it: file, record, SHA-256 and ingest run. */
    static String source(ProvenanceEntry entry) {
        return (entry.source() == null ? "(source not recorded)" : entry.source()) + " — record " + entry.locator()
                + " — sha256 " + entry.sha256() + " — run " + entry.runId()
                + (entry.job() == null ? "" : " (" + entry.job() + ")");
    }
}

package org.flowtrace.api.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowtrace.ingest.bods.BodsIngestJob;
import org.flowtrace.ingest.camt053.Camt053IngestJob;
import org.flowtrace.ingest.ethereum.EthereumExportIngestJob;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.ftm.FtmIngestJob;
import org.flowtrace.ingest.fxrates.FxRatesIngestJob;
import org.flowtrace.ingest.goaml.GoamlIngestJob;
import org.flowtrace.ingest.ledger.LedgerIngestJob;
import org.flowtrace.ingest.sanctions.DesignationsIngestJob;
import org.flowtrace.ingest.sanctions.OfacIngestJob;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.tagpack.TagPackIngestJob;
import org.flowtrace.ingest.tron.TronExportIngestJob;

/**
 * A file format flowtrace ingests: the name {@code ingest <name>} and the REST API use, the job factory
 * bean that loads it, the file name endings of its files in a folder, and the options it accepts.
 */
public enum IngestFormat {
    LEDGER(
            "ledger",
            LedgerIngestJob.class,
            List.of(".csv"),
            List.of(new Option("mapping", LedgerIngestJob.MAPPING, Set.of("amlworld")))),
    GOAML(
            "goaml",
            GoamlIngestJob.class,
            List.of(".xml"),
            List.of(new Option("schema", GoamlIngestJob.SCHEMA, Set.of()))),
    CAMT053("camt053", Camt053IngestJob.class, List.of(".xml"), List.of()),
    FX_RATES("fx-rates", FxRatesIngestJob.class, List.of(".csv"), List.of()),
    ETHEREUM_EXPORT(
            "ethereum-export",
            EthereumExportIngestJob.class,
            EvmFolderIndex.EXTENSIONS,
            List.of(new Option("tokens", EthereumExportIngestJob.TOKENS, Set.of()))),
    TRON_EXPORT("tron-export", TronExportIngestJob.class, List.of(".json"), List.of()),
    TAGPACKS("tagpacks", TagPackIngestJob.class, List.of(".yaml", ".yml"), List.of()),
    BODS("bods", BodsIngestJob.class, List.of(".json", ".jsonl"), List.of()),
    FTM("ftm", FtmIngestJob.class, List.of(".json", ".jsonl", ".ftm"), List.of()),
    OFAC("ofac", OfacIngestJob.class, List.of(".xml", ".csv", ".txt", ".json"), List.of()),
    DESIGNATIONS("designations", DesignationsIngestJob.class, List.of(".csv", ".json", ".jsonl"), List.of());

    /**
     * An option of a format: its name, the job option it sets, and the words it accepts as they are;
     * any other value names a file.
     */
    public record Option(String name, String jobKey, Set<String> keywords) {}

    private final String formatName;
    private final Class<? extends IngestJobFactory> factory;
    private final List<String> extensions;
    private final List<Option> options;

    IngestFormat(
            String formatName,
            Class<? extends IngestJobFactory> factory,
            List<String> extensions,
            List<Option> options) {
        this.formatName = formatName;
        this.factory = factory;
        this.extensions = extensions;
        this.options = options;
    }

    /** The format named (as in {@code ingest <name>}), if there is one. */
    public static Optional<IngestFormat> named(String name) {
        return Arrays.stream(values())
                .filter(format -> format.formatName.equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The names of every format, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(IngestFormat::formatName).collect(Collectors.joining(", "));
    }

    public String formatName() {
        return formatName;
    }

    /** The job factory bean of this format. */
    public Class<? extends IngestJobFactory> factory() {
        return factory;
    }

    /** File name endings of this format's files ({@code .csv}, {@code .xml} …), for folders. */
    public List<String> extensions() {
        return extensions;
    }

    public List<Option> options() {
        return options;
    }

    /** Whether a file in a folder is one of this format's, by its name's ending. */
    public boolean matches(Path file) {
        var name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && extensions.stream().anyMatch(name::endsWith);
    }

    /**
     * The job options for these option values, by option name; a value that is not one of its option's
     * keywords names a file, which {@code file} turns into the path the job reads. An option this format
     * does not have is an {@link IllegalArgumentException}.
     */
    public Map<String, String> jobOptions(Map<String, String> given, Function<String, Path> file) {
        var jobOptions = new LinkedHashMap<String, String>();
        given.forEach((name, value) -> {
            var option = options.stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("format " + formatName + " has no option '" + name
                            + "'" + (options.isEmpty() ? "" : "; options: " + optionNames())));
            jobOptions.put(
                    option.jobKey(),
                    option.keywords().contains(value)
                            ? value
                            : file.apply(value).toString());
        });
        return jobOptions;
    }

    private String optionNames() {
        return options.stream().map(Option::name).collect(Collectors.joining(", "));
    }
}

package org.flowtrace.graph.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.BulkImportException;
import org.flowtrace.graph.evaluation.EvaluationLabelWriter;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.transfer.TransferProperties;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Collects transfers (with their endpoints, assets, evaluation labels and the ingest run) into CSV
 * files and imports them into a new, empty database with Neo4j's import tool, in this process. The
 * graph it produces is the one {@link org.flowtrace.graph.transfer.TransferWriter} would write from the
 * same transfers: same labels, keys, properties and provenance entries (the first record of the
 * source that stated each element). Constraints are created afterwards by the schema migrations.
 *
 * <p>Duplicate transfer ids are written once (the first), as {@code MERGE} would; ids and keys seen are
 * held in memory (about 150 bytes per transfer).
 *
 * <p>The JVM needs {@code --add-opens java.base/java.nio=ALL-UNNAMED} (and {@code sun.nio.ch},
 * {@code java.io}, {@code java.lang}) for the import tool; the launcher passes them.
 */
public final class TransferBulkImport implements AutoCloseable {

    private static final List<String> TRANSFER_COLUMNS = List.of(
            "amount",
            "asset",
            "amountApprox:double",
            "at:datetime",
            "rail",
            "reference",
            "channel",
            "received",
            "receivedAsset",
            "usd",
            "usdApprox:double",
            "usdRate",
            "usdRateSource",
            "usdRateDate:date");

    private final Path workDir;
    private final ImportCsv accounts;
    private final ImportCsv wallets;
    private final ImportCsv assets;
    private final ImportCsv labels;
    private final Map<EndpointLabel, Map<EndpointLabel, ImportCsv>> transfers = new EnumMap<>(EndpointLabel.class);
    private final List<ImportCsv> files = new ArrayList<>();
    private final Set<String> endpointKeys = new HashSet<>();
    private final Set<String> assetCodes = new HashSet<>();
    private final Set<String> transferIds = new HashSet<>();
    private long duplicates;

    public TransferBulkImport(Path workDir) {
        this.workDir = workDir;
        try {
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + workDir, e);
        }
        accounts = file("accounts.csv", List.of("key:ID(Account)", "institution", "number", "prov:string[]"));
        wallets = file("wallets.csv", List.of("key:ID(Wallet)", "chain", "address", "written", "prov:string[]"));
        assets = file(
                "assets.csv",
                List.of("code:ID(Asset)", "symbol", "decimals:int", "kind", "chain", "contract", "prov:string[]"));
        labels = file("labels.csv", List.of("transferId:ID(EvaluationLabel)", "laundering:boolean", "prov:string[]"));
    }

    private ImportCsv file(String name, List<String> header) {
        var csv = new ImportCsv(workDir.resolve(name), header);
        files.add(csv);
        return csv;
    }

    /** Adds a transfer; a second transfer with the same id is counted as a duplicate and not written. */
    public void add(Transfer transfer) {
        if (!transferIds.add(transfer.id())) {
            duplicates++;
            return;
        }
        var prov = List.of(transfer.provenance().encoded());
        var asset = transfer.amount().asset();
        if (assetCodes.add(asset.code())) {
            var props = TransferProperties.asset(asset);
            assets.row(
                    asset.code(),
                    props.get("symbol"),
                    props.get("decimals"),
                    props.get("kind"),
                    props.get("chain"),
                    props.get("contract"),
                    prov);
        }
        endpoint(transfer.from(), prov);
        endpoint(transfer.to(), prov);
        var props = TransferProperties.relationship(transfer);
        var values = new ArrayList<Object>();
        values.add(transfer.from().key());
        values.add(transfer.to().key());
        values.add(transfer.id());
        for (var column : TRANSFER_COLUMNS) {
            values.add(props.get(column.contains(":") ? column.substring(0, column.indexOf(':')) : column));
        }
        values.add(prov);
        transferFile(transfer.from().label(), transfer.to().label()).row(values.toArray());
    }

    /** Adds an evaluation label (kept apart from the evidence, as the transactional writer does). */
    public void add(EvaluationLabelWriter.Label label) {
        labels.row(
                label.transferId(),
                label.laundering(),
                List.of(label.provenance().encoded()));
    }

    private void endpoint(Endpoint endpoint, List<String> prov) {
        if (!endpointKeys.add(endpoint.label().name() + ":" + endpoint.key())) {
            return;
        }
        var props = TransferProperties.endpoint(endpoint);
        switch (endpoint.label()) {
            case ACCOUNT -> accounts.row(endpoint.key(), props.get("institution"), props.get("number"), prov);
            case WALLET ->
                wallets.row(endpoint.key(), props.get("chain"), props.get("address"), props.get("written"), prov);
        }
    }

    private ImportCsv transferFile(EndpointLabel from, EndpointLabel to) {
        return transfers
                .computeIfAbsent(from, k -> new EnumMap<>(EndpointLabel.class))
                .computeIfAbsent(to, k -> {
                    var header = new ArrayList<String>();
                    header.add(":START_ID(" + from.cypherLabel() + ")");
                    header.add(":END_ID(" + to.cypherLabel() + ")");
                    header.add("id");
                    header.addAll(TRANSFER_COLUMNS);
                    header.add("prov:string[]");
                    return file("transfers-" + from.cypherLabel() + "-" + to.cypherLabel() + ".csv", header);
                });
    }

    /** Transfers written (each id once). */
    public long transfers() {
        return transferIds.size();
    }

    /** Transfers skipped because their id had been added already. */
    public long duplicates() {
        return duplicates;
    }

    /**
     * Writes the run and its source, closes the files and imports everything into database
     * {@code database} of the DBMS home {@code neo4jHome}, which must not hold that database yet.
     *
     * @return the import tool's report
     */
    public String importInto(
            Path neo4jHome,
            String database,
            IngestRun run,
            SourceFile source,
            String status,
            Map<String, Long> counts) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        try (var runs = file(
                        "runs.csv",
                        List.of(
                                "id:ID(IngestRun)",
                                "job",
                                "startedAt:datetime",
                                "finishedAt:datetime",
                                "status",
                                "parameters",
                                "read:long",
                                "written:long",
                                "skipped:long"));
                var sources =
                        file("sources.csv", List.of("sha256:ID(SourceFile)", "uri", "bytes:long", "seenAs:string[]"));
                var reads = file("reads.csv", List.of(":START_ID(IngestRun)", ":END_ID(SourceFile)", "at:datetime"))) {
            runs.row(
                    run.id(),
                    run.job(),
                    run.startedAt().atOffset(ZoneOffset.UTC),
                    now,
                    status,
                    "bulk " + source.uri(),
                    counts.getOrDefault("read", 0L),
                    counts.getOrDefault("written", 0L),
                    counts.getOrDefault("skipped", 0L));
            sources.row(source.sha256(), source.uri(), source.bytes(), List.of(source.uri()));
            reads.row(run.id(), source.sha256(), now);
        }
        files.forEach(ImportCsv::close);
        return runImport(neo4jHome, database);
    }

    private String runImport(Path neo4jHome, String database) {
        var args = new ArrayList<String>(List.of(
                "database",
                "import",
                "full",
                database,
                "--overwrite-destination=false",
                "--array-delimiter=U+001F",
                "--ignore-empty-strings=true",
                "--id-type=string",
                "--threads=" + Runtime.getRuntime().availableProcessors()));
        boolean multiline = files.stream().anyMatch(ImportCsv::multiline);
        args.add("--multiline-fields=" + multiline);
        for (var csv : files) {
            if (csv.rows() == 0) {
                continue;
            }
            var name = csv.file().getFileName().toString();
            if (name.startsWith("transfers-")) {
                args.add("--relationships=TRANSFER=" + csv.file());
            } else if (name.equals("reads.csv")) {
                args.add("--relationships=READ=" + csv.file());
            } else {
                args.add("--nodes=" + nodeLabel(name) + "=" + csv.file());
            }
        }
        var output = new ByteArrayOutputStream();
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            var conf = neo4jHome.resolve("conf");
            Files.createDirectories(conf);
            int exit = AdminTool.execute(
                    new ExecutionContext(neo4jHome, conf, out, out, new DefaultFileSystemAbstraction()),
                    args.toArray(String[]::new));
            var report = output.toString(StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new BulkImportException("the import tool failed (exit " + exit + "): " + lastLines(report, 15));
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + neo4jHome, e);
        }
    }

    private static String nodeLabel(String fileName) {
        return switch (fileName) {
            case "accounts.csv" -> "Account";
            case "wallets.csv" -> "Wallet";
            case "assets.csv" -> "Asset";
            case "labels.csv" -> "EvaluationLabel";
            case "runs.csv" -> "IngestRun";
            case "sources.csv" -> "SourceFile";
            default -> throw new IllegalStateException("no label for " + fileName);
        };
    }

    private static String lastLines(String text, int count) {
        var lines = text.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - count), lines.length));
    }

    @Override
    public void close() {
        files.forEach(ImportCsv::close);
    }
}

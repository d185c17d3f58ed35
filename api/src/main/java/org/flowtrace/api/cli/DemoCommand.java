package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.cases.CaseBuilder;
import org.flowtrace.analytics.cases.CaseParameters;
import org.flowtrace.analytics.coercion.CoercedWorkerIndicators;
import org.flowtrace.analytics.coercion.CoercionParameters;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.analytics.coercion.SuspectRanking;
import org.flowtrace.analytics.patterns.PatternDetection;
import org.flowtrace.analytics.resolution.EntityResolution;
import org.flowtrace.analytics.resolution.ResolutionParameters;
import org.flowtrace.analytics.tracing.Restitution;
import org.flowtrace.analytics.tracing.RestitutionSchedule;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.api.cases.CasePack;
import org.flowtrace.api.demo.DemoReport;
import org.flowtrace.api.demo.OwnerPaths;
import org.flowtrace.api.findings.FindingsOutput;
import org.flowtrace.api.tracing.RestitutionInputs;
import org.flowtrace.api.tracing.RestitutionOutput;
import org.flowtrace.api.web.security.Role;
import org.flowtrace.api.web.security.SecurityProperties;
import org.flowtrace.api.web.security.UsersFile;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.bods.BodsIngestJob;
import org.flowtrace.ingest.camt053.Camt053IngestJob;
import org.flowtrace.ingest.ethereum.EthereumExportIngestJob;
import org.flowtrace.ingest.fxrates.FxRatesIngestJob;
import org.flowtrace.ingest.goaml.GoamlIngestJob;
import org.flowtrace.ingest.ledger.LedgerIngestJob;
import org.flowtrace.ingest.sanctions.DesignationsIngestJob;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.tagpack.TagPackIngestJob;
import org.flowtrace.ingest.tron.TronExportIngestJob;
import org.flowtrace.samples.cases.CompoundCase;
import org.flowtrace.samples.cases.CompoundCase.Format;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace demo}: loads the fictional compound case through the real ingest jobs into its own
 * data folder, runs every detector and the coerced-worker indicators, prints a summary (with the possible
 * victims of trafficking apart from the suspects) and writes a self-contained HTML report.
 * Running it again loads nothing twice (each file is recognised as already loaded).
 */
@Command(
        name = "demo",
        description = "Load the fictional scam-compound case, run every analysis, print a summary and write"
                + " an HTML report (flowtrace-report/index.html) with the restitution schedule of the frozen funds"
                + " and the case pack of the ransom receiver (flowtrace-report/case/).")
final class DemoCommand implements Callable<Integer> {

    /** The analyst the demo creates in its folder's users file, to browse the case with {@code serve}. */
    static final String DEMO_USER = "demo";

    /** The name of the demo's case. */
    static final String CASE_NAME = "naga-garden-ransom";

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "flowtrace-report",
            description = "Where the HTML report goes (default: ${DEFAULT-VALUE})")
    Path report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (connection.dataDir == null && connection.neo4jUri == null) {
            connection.dataDir = Path.of("flowtrace-demo");
        }
        var properties = connection.properties();
        var dataDir = Path.of(
                properties.getOrDefault("flowtrace.data-dir", "flowtrace-demo").toString());
        properties.put(
                "flowtrace.ingest.rejects-dir",
                dataDir.resolve("rejects").toAbsolutePath().toString());
        properties.put("flowtrace.ingest.quiet", true);
        var caseFolder = CompoundCase.extractTo(dataDir.resolve("compound-case"));
        out.println("The Naga Garden compound case (fictional), copied to " + caseFolder);
        int failures = 0;
        try (var context = ApplicationStarter.start(properties)) {
            var launcher = context.getBean(IngestLauncher.class);
            var lines = new ArrayList<DemoReport.IngestLine>();
            var mapping =
                    caseFolder.resolve("ledger-mapping.yaml").toAbsolutePath().toString();
            for (var file : CompoundCase.FILES) {
                var factory = factory(context, file.format());
                if (factory == null) {
                    continue;
                }
                var options = file.format() == Format.LEDGER
                        ? Map.of(LedgerIngestJob.MAPPING, mapping)
                        : Map.<String, String>of();
                var result = launcher.launch(factory, caseFolder.resolve(file.path()), options, false);
                IngestRunCommand.print(out, file.path(), result);
                lines.add(new DemoReport.IngestLine(
                        file.path(), result.status(), result.read(), result.written(), result.skipped()));
                if (!result.succeeded()) {
                    failures++;
                }
            }
            var graph = context.getBean(GraphConnection.class);
            // resolution first: its SAME_AS links tie the register's companies to the designated operator
            var resolution = new EntityResolution(graph, ResolutionParameters.DEFAULTS)
                    .run("resolve-" + Instant.now().toEpochMilli(), line -> {});
            var runId = "detect-" + Instant.now().toEpochMilli();
            var projection = PatternDetection.read(graph, out::println);
            var counts = new PatternDetection(graph, PatternDetection.defaultDetectors())
                    .run(projection, runId, out::println);
            out.printf("Findings: %s%n", counts);
            new CoercedWorkerIndicators(graph, CoercionParameters.DEFAULTS).run(projection, runId, out::println);
            out.print(FindingsOutput.victims(PossibleVictims.of(graph)));
            out.print(FindingsOutput.suspects(SuspectRanking.top(graph, 10)));
            out.printf("Entity resolution: %,d SAME_AS candidates%n", resolution.candidates());
            var owners = OwnerPaths.of(graph);
            out.print(OwnerPaths.text(owners));
            var schedules = restitution(graph, caseFolder);
            out.println(RestitutionOutput.summary(schedules));
            var casePack = casePack(graph);
            var page = DemoReport.write(
                    report, graph, lines, "the Naga Garden compound (fictional)", schedules, owners, casePack);
            out.println("Report: " + page.toAbsolutePath());
            out.println("Explore the graph: ./flowtrace serve --data-dir " + dataDir);
            var users = new UsersFile(context.getBean(SecurityProperties.class).usersFile(dataDir.toAbsolutePath()));
            users.createIfAbsent(DEMO_USER, Role.ANALYST)
                    .ifPresentOrElse(
                            password -> out.println("  then open http://127.0.0.1:8080/ and log in as '" + DEMO_USER
                                    + "' (an analyst of this demo folder) with password " + password
                                    + " (shown once)"),
                            () -> out.println("  then open http://127.0.0.1:8080/ and log in as '" + DEMO_USER
                                    + "' (its password was shown at the first demo run; set a new one with"
                                    + " ./flowtrace users add " + DEMO_USER + " --role ANALYST --data-dir " + dataDir
                                    + ")"));
        }
        out.flush();
        return failures == 0 ? 0 : FlowtraceCommand.FAILED;
    }

    /**
     * The case of the operator's ransom wallet (the receiver of a ransom), built and written as a case pack in
     * every format into {@code case/} beside the report; returns the HTML pack's path relative to the report.
     */
    private String casePack(GraphConnection graph) {
        var out = spec.commandLine().getOut();
        var contents = new CaseBuilder(graph)
                .build(CASE_NAME, CompoundCase.RANSOM_WALLET, "flowtrace demo", CaseParameters.DEFAULTS);
        CaseCommand.summary(contents, out);
        Path html = null;
        for (var format : CasePack.Format.values()) {
            var written = CasePack.write(contents, format, report.resolve("case"));
            html = format == CasePack.Format.html ? written : html;
        }
        out.println("Case pack (FIU and prosecutor use only): "
                + Objects.requireNonNull(html).toAbsolutePath());
        return report.relativize(html).toString().replace('\\', '/');
    }

    /** The restitution schedule of the case's frozen account under every rule; each written as CSV into the report. */
    private List<RestitutionSchedule> restitution(GraphConnection graph, Path caseFolder) {
        var victims = RestitutionInputs.victims(caseFolder.resolve(CompoundCase.VICTIMS));
        var recovered = RestitutionInputs.recovered(caseFolder.resolve(CompoundCase.RECOVERED));
        var schedules = new ArrayList<RestitutionSchedule>();
        for (var rule : TaintAllocator.all()) {
            var schedule = new Restitution(graph).schedule(victims, recovered, rule, 6, null);
            RestitutionOutput.write(schedule, report.resolve("restitution-" + rule.name()));
            schedules.add(schedule);
        }
        return schedules;
    }

    private static IngestJobFactory factory(ApplicationContext context, Format format) {
        Class<? extends IngestJobFactory> type = switch (format) {
            case LEDGER -> LedgerIngestJob.class;
            case GOAML -> GoamlIngestJob.class;
            case CAMT053 -> Camt053IngestJob.class;
            case ETHEREUM_EXPORT -> EthereumExportIngestJob.class;
            case TRON_EXPORT -> TronExportIngestJob.class;
            case TAGPACK -> TagPackIngestJob.class;
            case BODS -> BodsIngestJob.class;
            case DESIGNATIONS -> DesignationsIngestJob.class;
            case FX_RATES -> FxRatesIngestJob.class;
            case LEDGER_MAPPING, DOCUMENT -> null;
        };
        return type == null ? null : context.getBean(type);
    }
}

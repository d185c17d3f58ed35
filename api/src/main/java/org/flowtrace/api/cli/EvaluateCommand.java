package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowtrace.api.evaluation.CoercionOutcomes;
import org.flowtrace.api.evaluation.LaunderingTransferOutcomes;
import org.flowtrace.api.evaluation.OperatorLinkOutcomes;
import org.flowtrace.api.evaluation.RestitutionOutcomes;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.CoercedWorkerScore;
import org.flowtrace.samples.evaluation.LaunderingTransferScore;
import org.flowtrace.samples.evaluation.OperatorLinkScore;
import org.flowtrace.samples.evaluation.RansomPaymentEvaluation;
import org.flowtrace.samples.evaluation.RansomPaymentScore;
import org.flowtrace.samples.evaluation.RestitutionScore;
import org.flowtrace.samples.evaluation.TruthEvaluation;
import org.flowtrace.samples.evaluation.TruthEvaluation.DetectedPattern;
import org.flowtrace.samples.evaluation.TruthFile;
import org.flowtrace.samples.evaluation.TypologyScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code flowtrace evaluate}: scores what is stored against a ground truth — the truth.json of {@code flowtrace
 * generate} or of the compound case — reading from each only what it has: the findings per typology, the
 * ransom payments ({@link RansomPaymentEvaluation}), the coerced workers marked as possible victims (and
 * any among the top-ranked suspects), the front companies and accounts linked to their designated
 * operator, and the restitution schedules.
 */
@Command(
        name = "evaluate",
        description = "Score the stored findings against a ground truth (truth.json): precision, recall and F1 per"
                + " typology; recall over ransom payments and look-alike remittances flagged; per-transfer precision, recall and F1"
                + " against the ledger's laundering labels; coerced workers marked as"
                + " possible victims and among the suspects; front companies and accounts linked to their operator;"
                + " restitution per victim and method.")
final class EvaluateCommand implements Callable<Integer> {

    private static final String CENTRES = """
            MATCH (f:Finding)-[r:INVOLVES]->(n)
            WHERE coalesce(r.detectedRole, r.role) = $roles[f.typology]
            RETURN f.typology AS typology, n.key AS centre, f.key AS finding
            """;

    private static final String RANSOM_EVIDENCE = """
            MATCH (f:Finding {typology: 'RANSOM'})
            UNWIND f.transferIds AS id
            RETURN DISTINCT id
            """;

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--truth",
            required = true,
            description = "The ground truth (truth.json of flowtrace generate, or of the compound case)")
    Path truthFile;

    @Option(
            names = "--json",
            description = "Also write the scores to this JSON file ({\"typologies\": [...], \"ransomPayments\": [...],"
                    + " \"launderingTransfers\": [...],"
                    + " \"coercedWorkers\": {...}, \"operatorLinks\": [...], \"restitution\": [...]}; each"
                    + " present when the truth has what it scores)")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TruthFile truth;
        try {
            truth = TruthFile.read(truthFile);
        } catch (JacksonException | UncheckedIOException | IllegalArgumentException e) {
            throw new ParameterException(
                    spec.commandLine(), "Cannot read the ground truth " + truthFile + ": " + e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        var scores = new LinkedHashMap<String, Object>();
        try (var context = ApplicationStarter.start(connection)) {
            var graph = context.getBean(GraphConnection.class);
            var generated = truth.generated();
            if (generated.isPresent()) {
                var found = graph
                        .readQuery(CENTRES)
                        .withParameters(Map.of("roles", TruthEvaluation.CENTRAL_ROLES))
                        .execute()
                        .records()
                        .stream()
                        .map(r -> new DetectedPattern(
                                r.get("typology").asString(),
                                r.get("centre").asString(),
                                r.get("finding").asString()))
                        .toList();
                var typologies = TruthEvaluation.score(generated.get(), found);
                typologies(out, typologies);
                scores.put("typologies", typologies);
                var evidence = new HashSet<String>();
                graph.readQuery(RANSOM_EVIDENCE)
                        .execute()
                        .records()
                        .forEach(r -> evidence.add(r.get("id").asString()));
                var payments = RansomPaymentEvaluation.score(generated.get(), evidence);
                ransomPayments(out, payments);
                scores.put("ransomPayments", payments);
            }
            var transfers = LaunderingTransferOutcomes.score(graph);
            if (!transfers.isEmpty()) {
                launderingTransfers(out, transfers);
                scores.put("launderingTransfers", transfers);
            }
            if (!truth.coercedWorkers().isEmpty()) {
                var workers = CoercionOutcomes.score(graph, truth);
                workers(out, workers);
                scores.put("coercedWorkers", workers);
            }
            if (!truth.operators().isEmpty()) {
                var links = OperatorLinkOutcomes.score(graph, truth);
                links(out, links);
                scores.put("operatorLinks", links);
            }
            var restitution = truth.restitution();
            if (restitution.isPresent()) {
                var schedules = RestitutionOutcomes.score(graph, restitution.get());
                restitution(out, schedules);
                scores.put("restitution", schedules);
            }
        }
        if (json != null) {
            try {
                Files.writeString(
                        json,
                        JsonMapper.builder()
                                .build()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(scores));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json, e);
            }
            out.println("Scores written to " + json);
        }
        return 0;
    }

    private static void typologies(PrintWriter out, List<TypologyScore> scores) {
        out.printf(
                "%-17s %8s %8s %8s %10s %7s %7s %11s%n",
                "typology", "planted", "detected", "findings", "precision", "recall", "F1", "look-alikes");
        for (var s : scores) {
            out.printf(
                    Locale.ROOT,
                    "%-17s %8d %8d %8d %10.3f %7.3f %7.3f %11d%n",
                    s.typology(),
                    s.planted(),
                    s.detected(),
                    s.findings(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.lookAlikesFlagged());
        }
    }

    private static void ransomPayments(PrintWriter out, List<RansomPaymentScore> payments) {
        out.println();
        out.printf(
                "%-17s %8s %8s %7s %11s %8s %12s%n",
                "ransom payments", "payments", "detected", "recall", "look-alikes", "flagged", "false alarms");
        for (var p : payments) {
            out.printf(
                    Locale.ROOT,
                    "%-17s %8d %8d %7.3f %11d %8d %12.3f%n",
                    p.format(),
                    p.payments(),
                    p.detected(),
                    p.recall(),
                    p.lookAlikePayments(),
                    p.lookAlikesFlagged(),
                    p.falseAlarmShare());
        }
    }

    private static void launderingTransfers(PrintWriter out, List<LaunderingTransferScore> scores) {
        out.println();
        out.printf(
                "%-24s %10s %10s %9s %9s %10s %7s %7s%n",
                "laundering transfers", "labelled", "laundering", "flagged", "true pos.", "precision", "recall", "F1");
        for (var s : scores) {
            out.printf(
                    Locale.ROOT,
                    "%-24s %10d %10d %9d %9d %10.3f %7.3f %7.3f%n",
                    s.findings(),
                    s.labelled(),
                    s.laundering(),
                    s.flagged(),
                    s.truePositives(),
                    s.precision(),
                    s.recall(),
                    s.f1());
        }
    }

    private static void workers(PrintWriter out, CoercedWorkerScore s) {
        out.println();
        out.printf(
                "%-15s %8s %8s %7s %12s %13s %19s %s%n",
                "coerced workers",
                "planted",
                "marked",
                "recall",
                "all marked",
                "mules marked",
                "look-alikes marked",
                "among top " + s.suspectsRanked() + " suspects");
        out.printf(
                Locale.ROOT,
                "%-15s %8d %8d %7.3f %12d %13d %19d %d%n",
                "",
                s.planted(),
                s.marked(),
                s.recall(),
                s.markedInAll(),
                s.mulesMarked(),
                s.lookAlikesMarked(),
                s.workersAmongSuspects());
    }

    private static void links(PrintWriter out, List<OperatorLinkScore> scores) {
        out.println();
        out.printf("%-15s %8s %8s %7s %13s%n", "operator links", "starts", "linked", "share", "owner found");
        for (var s : scores) {
            out.printf(
                    Locale.ROOT,
                    "%-15s %8d %8d %7.3f %13s%n",
                    s.kind(),
                    s.starts(),
                    s.linked(),
                    s.share(),
                    s.kind().equals("company") ? Integer.toString(s.ownerFound()) : "-");
        }
    }

    private static void restitution(PrintWriter out, List<RestitutionScore> scores) {
        out.println();
        out.printf("%-15s %8s %8s  %s%n", "restitution", "victims", "exact", "mismatches");
        for (var s : scores) {
            out.printf(
                    "%-15s %8d %8d  %s%n",
                    s.method(),
                    s.victims(),
                    s.exact(),
                    s.mismatches().isEmpty() ? "-" : String.join("; ", s.mismatches()));
        }
    }
}

package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.RansomPaymentEvaluation;
import org.flowtrace.samples.evaluation.TruthEvaluation;
import org.flowtrace.samples.evaluation.TruthEvaluation.DetectedPattern;
import org.flowtrace.samples.generator.GroundTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code flowtrace evaluate}: scores the stored findings against a generated data set's ground truth —
 * per typology, then per ransom payment ({@link RansomPaymentEvaluation}).
 */
@Command(
        name = "evaluate",
        description = "Score the stored findings against a ground truth (truth.json): precision, recall and F1 per"
                + " typology; recall over ransom payments and the share of look-alike remittances flagged.")
final class EvaluateCommand implements Callable<Integer> {

    private static final String CENTRES = """
            MATCH (f:Finding)-[r:INVOLVES]->(n)
            WHERE coalesce(r.detectedRole, r.role) = $roles[f.typology]
            RETURN f.typology AS typology, n.key AS centre
            """;

    private static final String RANSOM_EVIDENCE = """
            MATCH (f:Finding {typology: 'RANSOM'})
            UNWIND f.transferIds AS id
            RETURN DISTINCT id
            """;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--truth", required = true, description = "The ground truth (truth.json of flowtrace generate)")
    Path truthFile;

    @Option(
            names = "--json",
            description =
                    "Also write the scores to this JSON file ({\"typologies\": [...], \"ransomPayments\": [...]})")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var mapper = JsonMapper.builder().build();
        GroundTruth truth;
        try {
            truth = mapper.readValue(truthFile.toFile(), GroundTruth.class);
        } catch (JacksonException e) {
            throw new ParameterException(
                    spec.commandLine(), "Cannot read the ground truth " + truthFile + ": " + e.getOriginalMessage(), e);
        }
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var graph = context.getBean(GraphConnection.class);
            var found = graph
                    .readQuery(CENTRES)
                    .withParameters(Map.of("roles", TruthEvaluation.CENTRAL_ROLES))
                    .execute()
                    .records()
                    .stream()
                    .map(r -> new DetectedPattern(
                            r.get("typology").asString(), r.get("centre").asString()))
                    .toList();
            var scores = TruthEvaluation.score(truth, found);
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
            var evidence = new HashSet<String>();
            graph.readQuery(RANSOM_EVIDENCE)
                    .execute()
                    .records()
                    .forEach(r -> evidence.add(r.get("id").asString()));
            var payments = RansomPaymentEvaluation.score(truth, evidence);
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
            if (json != null) {
                var document = new LinkedHashMap<String, Object>();
                document.put("typologies", scores);
                document.put("ransomPayments", payments);
                try {
                    Files.writeString(
                            json, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(document));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + json, e);
                }
                out.println("Scores written to " + json);
            }
        }
        return 0;
    }
}

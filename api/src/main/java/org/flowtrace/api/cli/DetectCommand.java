package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.flowtrace.analytics.coercion.CoercedWorkerIndicators;
import org.flowtrace.analytics.coercion.CoercionParameters;
import org.flowtrace.analytics.patterns.PatternDetection;
import org.flowtrace.analytics.patterns.PatternDetector;
import org.flowtrace.analytics.patterns.RansomWords;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace detect}: runs the typology detectors over the whole graph and stores their findings,
 * then the coerced-worker indicators, which mark possible victims of trafficking in every finding.
 */
@Command(
        name = "detect",
        description = {
            "Run the typology detectors over every transfer and store the findings (re-running adds nothing).",
            "With --since, examine again only what transfers at or after that time can change: detectors whose"
                    + " findings hang on one account (fan-in, fan-out, structuring, pass-through, gather-scatter,"
                    + " burst) run over the accounts and wallets with such transfers (scatter-gather also over those"
                    + " that paid them within its pass-on time) and replace only those accounts' findings; cycle,"
                    + " peel chain, ransom, stack, round amounts and the statistical detectors run fully, as their"
                    + " definitions need."
        })
final class DetectCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--typology",
            split = ",",
            description = "Only these typologies (FAN_OUT, FAN_IN, STRUCTURING, PASS_THROUGH …); all by default."
                    + " The coerced-worker indicators (POSSIBLE_TRAFFICKING_VICTIM) run every time.")
    List<String> typologies;

    @Option(
            names = "--ransom-words",
            paramLabel = "FILE",
            description = "Reference words that mark a ransom ('meaning: word | word' a line); the bundled list"
                    + " (English, Vietnamese, Indonesian/Malay, Thai, Chinese, Burmese, Khmer) by default")
    Path ransomWords;

    @Option(
            names = "--since",
            paramLabel = "INSTANT|DATE",
            description = "Incremental: examine again only around transfers at or after this time"
                    + " (2026-03-02T08:00:00Z, or a date: its start in UTC); earlier findings of other accounts stay."
                    + " Selects by transfer time: transfers loaded late with earlier times need a full run.")
    String since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var detectors = selected();
        var from = since == null ? null : parseSince();
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var runId = "detect-" + Instant.now().toEpochMilli();
            var graph = context.getBean(GraphConnection.class);
            Consumer<String> progress = line -> {
                out.println(line);
                out.flush();
            };
            var projection = PatternDetection.read(graph, progress);
            int total = 0;
            if (!detectors.isEmpty()) {
                var words = ransomWords == null ? RansomWords.bundled() : RansomWords.of(ransomWords);
                var detection = new PatternDetection(graph, detectors, words);
                var counts = from == null
                        ? detection.run(projection, runId, progress)
                        : detection.run(projection, runId, from, progress);
                total += counts.values().stream().mapToInt(Integer::intValue).sum();
            }
            // always: a finding detected again must not show a possible victim as its mule
            var victims =
                    new CoercedWorkerIndicators(graph, CoercionParameters.DEFAULTS).run(projection, runId, progress);
            total += victims.endpoints() + victims.persons();
            out.printf("Detection run %s%s: %,d findings%n", runId, from == null ? "" : " (since " + from + ")", total);
        }
        return 0;
    }

    private Instant parseSince() {
        try {
            return since.contains("T")
                    ? Instant.parse(since)
                    : LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--since takes an instant (2026-03-02T08:00:00Z) or a date (2026-03-02): '" + since + "'",
                    e);
        }
    }

    private List<PatternDetector> selected() {
        var all = PatternDetection.defaultDetectors();
        if (typologies == null || typologies.isEmpty()) {
            return all;
        }
        for (var typology : typologies) {
            if (!typology.equals(CoercedWorkerIndicators.TYPOLOGY)
                    && all.stream().noneMatch(d -> d.typology().equals(typology))) {
                throw new ParameterException(
                        spec.commandLine(),
                        "Unknown typology '" + typology + "' (available: "
                                + String.join(
                                        ", ",
                                        all.stream()
                                                .map(PatternDetector::typology)
                                                .toList()) + ", " + CoercedWorkerIndicators.TYPOLOGY + ")");
            }
        }
        return all.stream().filter(d -> typologies.contains(d.typology())).toList();
    }
}

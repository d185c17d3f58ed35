package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.flowtrace.samples.generator.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated data set with a planted scam compound, loaded through the real commands (ledger, goAML,
 * camt.053, BODS, designations, FX rates), then detect, resolve and evaluate: the evaluation's figures are
 * those the graph gives through {@code findings} and {@code links}, and its counts those of the truth.
 */
class GeneratedCompoundsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_generated_compound_loads_without_rejects_and_evaluate_scores_what_the_graph_gives(@TempDir Path dir) {
        var gen = dir.resolve("gen");
        var data = dir.resolve("data").toString();
        var generate = CommandRun.of(
                "generate", "--seed", "5", "--accounts", "3000", "--transfers", "30000", "--out", gen.toString(), "-q");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        var truth = JSON.readValue(gen.resolve("truth.json").toFile(), GroundTruth.class);

        for (var source : List.of(
                List.of("ledger", gen.resolve("ledger.csv").toString()),
                List.of("goaml", gen.resolve("goaml").toString()),
                List.of("camt053", gen.resolve("camt053").toString()),
                List.of("bods", gen.resolve("bods.json").toString()),
                List.of("designations", gen.resolve("designations.csv").toString()),
                List.of("fx-rates", gen.resolve("fx-rates.csv").toString()))) {
            var run = CommandRun.of("ingest", source.get(0), "-q", "--data-dir", data, source.get(1));
            assertThat(run.exitCode()).as(source + run.out() + run.err()).isZero();
            assertThat(run.out())
                    .as(source.get(0))
                    .contains("COMPLETED")
                    .doesNotContainPattern("[1-9][0-9,]* rejected");
        }
        assertThat(truth.files().goaml()).hasSize(truth.reports().size());

        var detect = CommandRun.of("detect", "--data-dir", data);
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        var resolve = CommandRun.of("resolve", "--data-dir", data);
        assertThat(resolve.exitCode()).as(resolve.err()).isZero();
        var scores = dir.resolve("eval.json");
        var evaluate = CommandRun.of(
                "evaluate",
                "--truth",
                gen.resolve("truth.json").toString(),
                "--data-dir",
                data,
                "--json",
                scores.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("typology", "coerced workers", "operator links");
        var result = JSON.readTree(scores.toFile());

        // coerced workers: the figures are those of the possible victims findings lists
        var findings = CommandRun.of("findings", "--format", "json", "--top", "100", "--data-dir", data);
        assertThat(findings.exitCode()).as(findings.err()).isZero();
        var listed = JSON.readTree(findings.out());
        var marked = new HashSet<String>();
        listed.get("possibleVictimsOfTrafficking")
                .forEach(v -> v.get("victims").forEach(k -> marked.add(k.asString())));
        var workers = truth.coercedWorkers().stream()
                .map(GroundTruth.CoercedWorker::account)
                .toList();
        long found = workers.stream().filter(marked::contains).count();
        var coerced = result.get("coercedWorkers");
        assertThat(coerced.get("planted").asInt()).isEqualTo(workers.size());
        assertThat(coerced.get("marked").asLong()).isEqualTo(found).isPositive();
        assertThat(coerced.get("recall").asDouble()).isEqualTo(found / (double) workers.size());
        assertThat(coerced.get("workersAmongSuspects").asInt()).isZero();
        var suspects = new HashSet<String>();
        listed.get("suspects").forEach(s -> suspects.add(s.get("key").asString()));
        assertThat(suspects).doesNotContainAnyElementsOf(workers);
        assertThat(coerced.get("mulesMarked").asLong())
                .isEqualTo(truth.paidMules().stream()
                        .filter(m -> marked.contains(m.account()))
                        .count());

        // operator links: the figures are those of flowtrace links from each front account
        int linked = 0;
        int accounts = 0;
        for (var operator : truth.operators()) {
            for (var account : operator.accounts().keySet()) {
                accounts++;
                var links = CommandRun.of("links", account, "--top", "50", "--format", "json", "--data-dir", data);
                assertThat(links.exitCode()).as(links.err()).isZero();
                JsonNode paths = JSON.readTree(links.out()).get("paths");
                boolean reaches = false;
                for (var path : paths) {
                    reaches |= path.get("target").get("key").asString().equals(operator.designation());
                }
                linked += reaches ? 1 : 0;
            }
        }
        var byKind = result.get("operatorLinks");
        assertThat(byKind.get(0).get("kind").asString()).isEqualTo("company");
        assertThat(byKind.get(0).get("starts").asInt())
                .isEqualTo(truth.operators().stream()
                        .mapToInt(o -> o.companies().size())
                        .sum());
        assertThat(byKind.get(1).get("starts").asInt()).isEqualTo(accounts);
        assertThat(byKind.get(1).get("linked").asInt()).isEqualTo(linked).isPositive();
    }
}

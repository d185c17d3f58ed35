package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.ingest.tron.TronAddress;
import org.flowtrace.samples.generator.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated data set (3,000 accounts, 30,000 ledger rows, 3,000 on-chain transfers, a planted scam
 * compound) goes through the real commands — {@code generate}, {@code ingest ledger}, {@code fx-rates},
 * {@code tron-export}, {@code ethereum-export}, {@code tagpacks}, {@code goaml}, {@code camt053},
 * {@code bods}, {@code designations}, {@code detect}, {@code resolve}, {@code evaluate} — without a
 * reject; the graph then holds every transfer and wallet the truth names under the keys it gives, the
 * planted peel chains are found, the ransom payments are scored against the truth's counts, and the
 * coerced-worker and operator-link figures are those the graph gives through {@code findings} and
 * {@code links}.
 */
class GeneratedDataSetIT {

    private static final Pattern OUTCOME = Pattern.compile("([\\d,]+) read, ([\\d,]+) written, ([\\d,]+) rejected");

    @TempDir
    static Path dir;

    private static GroundTruth truth;
    private static final List<CommandRun> ingests = new ArrayList<>();
    private static CommandRun detect;
    private static CommandRun resolve;
    private static String data;
    private static CommandRun evaluate;
    private static JsonNode scores;

    @BeforeAll
    static void generate_ingest_detect_and_evaluate() {
        var gen = dir.resolve("gen");
        data = dir.resolve("data").toString();
        var generate = CommandRun.of(
                "generate",
                "--seed",
                "11",
                "--accounts",
                "3000",
                "--transfers",
                "30000",
                "--laundering-rate",
                "0.01",
                "--out",
                gen.toString(),
                "-q");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        truth = JsonMapper.shared().readValue(gen.resolve("truth.json").toFile(), GroundTruth.class);
        ingests.add(CommandRun.of("ingest", "ledger", gen.resolve("ledger.csv").toString(), "--data-dir", data, "-q"));
        ingests.add(
                CommandRun.of("ingest", "fx-rates", gen.resolve("fx-rates.csv").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of("ingest", "tron-export", gen.resolve("tron").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of(
                "ingest", "ethereum-export", gen.resolve("ethereum").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of("ingest", "tagpacks", gen.resolve("tagpacks").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of("ingest", "goaml", gen.resolve("goaml").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of("ingest", "camt053", gen.resolve("camt053").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of("ingest", "bods", gen.resolve("bods.json").toString(), "--data-dir", data, "-q"));
        ingests.add(CommandRun.of(
                "ingest", "designations", gen.resolve("designations.csv").toString(), "--data-dir", data, "-q"));
        detect = CommandRun.of("detect", "--data-dir", data);
        resolve = CommandRun.of("resolve", "--data-dir", data);
        evaluate = CommandRun.of(
                "evaluate",
                "--truth",
                gen.resolve("truth.json").toString(),
                "--data-dir",
                data,
                "--json",
                dir.resolve("eval.json").toString());
        scores = JsonMapper.shared().readTree(dir.resolve("eval.json").toFile());
    }

    @Test
    void every_file_of_every_format_loads_without_a_reject() {
        for (var run : ingests) {
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            var outcomes = OUTCOME.matcher(run.out()).results().toList();
            assertThat(outcomes).as(run.out()).isNotEmpty();
            assertThat(outcomes)
                    .as(run.out())
                    .allSatisfy(m -> assertThat(m.group(3)).isEqualTo("0"));
        }
        assertThat(truth.files().tronFiles()).hasSize(14);
        assertThat(ingests.get(2).out().lines().filter(l -> l.contains("COMPLETED")))
                .hasSize(14);
        long tronAndEthereum = ingests.subList(2, 4).stream()
                .flatMap(run -> OUTCOME.matcher(run.out()).results())
                .mapToLong(m -> Long.parseLong(m.group(2).replace(",", "")))
                .sum();
        assertThat(tronAndEthereum).isGreaterThan(3_000); // the ordinary 3,000 and the planted ones
    }

    @Test
    void the_graph_holds_every_transfer_and_wallet_the_truth_names_under_its_key() {
        var transfers = new HashSet<String>();
        var wallets = new HashSet<String>();
        for (var pattern : truth.patterns()) {
            transfers.addAll(pattern.transfers());
            if (!pattern.transfers().isEmpty()) {
                wallets.addAll(pattern.accounts());
            }
        }
        truth.ransoms().forEach(p -> transfers.add(p.transfer()));
        truth.remittances().forEach(p -> transfers.add(p.transfer()));
        assertThat(truth.ransoms()).extracting(GroundTruth.Payment::format).contains("ledger", "tron");

        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir.resolve("data")))) {
            assertThat(existing(graph, "MATCH ()-[t:TRANSFER]->() WHERE t.id IN $keys RETURN t.id AS key", transfers))
                    .containsExactlyInAnyOrderElementsOf(transfers);
            assertThat(existing(graph, "MATCH (w:Wallet) WHERE w.key IN $keys RETURN w.key AS key", wallets))
                    .containsExactlyInAnyOrderElementsOf(wallets);
            var references = graph.readQuery("""
                            MATCH ()-[t:TRANSFER]->() WHERE t.id IN $keys
                            RETURN t.id AS key, t.reference AS reference
                            """)
                    .withParameters(java.util.Map.of(
                            "keys",
                            truth.ransoms().stream()
                                    .map(GroundTruth.Payment::transfer)
                                    .toList()))
                    .execute()
                    .records();
            for (var record : references) {
                var payment = truth.ransoms().stream()
                        .filter(p -> p.transfer().equals(record.get("key").asString()))
                        .findFirst()
                        .orElseThrow();
                assertThat(
                                record.get("reference").isNull()
                                        ? null
                                        : record.get("reference").asString())
                        .as(payment.transfer())
                        .isEqualTo(payment.reference());
            }
            var tagged =
                    graph.readQuery("""
                            MATCH (w:Wallet) WHERE w.custodial = true RETURN count(w) AS c
                            """).execute().records().getFirst().get("c").asLong();
            assertThat(tagged).as("the exchanges' wallets are custodial").isEqualTo(2L * 3 * 26);
        }
        for (var key : wallets) {
            if (key.startsWith("TRON:")) {
                var address = key.substring("TRON:".length());
                assertThat(TronAddress.parse(address).base58()).isEqualTo(address);
                assertThat(TronAddress.parse(TronAddress.parse(address).hex()).base58())
                        .isEqualTo(address);
            }
        }
    }

    @Test
    void detect_finds_the_planted_peel_chains_and_no_exchange_payout() {
        assertThat(detect.exitCode()).as(detect.err()).isZero();
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        var peel = typology("PEEL_CHAIN");
        long planted = truth.patterns().stream()
                .filter(p -> p.typology().equals("PEEL_CHAIN"))
                .count();
        assertThat(planted).isGreaterThanOrEqualTo(3);
        assertThat(peel.get("planted").asLong()).isEqualTo(planted);
        assertThat(peel.get("detected").asLong()).isGreaterThanOrEqualTo(planted - 1);
        assertThat(peel.get("lookAlikesFlagged").asLong()).isZero();
    }

    @Test
    void ransom_payments_are_scored_per_payment_against_the_truths_counts() {
        assertThat(evaluate.out()).contains("ransom payments", "false alarms");
        var all = ransomRow("all");
        assertThat(all.get("payments").asInt()).isEqualTo(truth.ransoms().size());
        assertThat(all.get("lookAlikePayments").asInt())
                .isEqualTo(truth.remittances().size());
        assertThat(all.get("detected").asInt())
                .isPositive()
                .isLessThanOrEqualTo(truth.ransoms().size());
        assertThat(all.get("recall").asDouble()).isGreaterThan(0);
        assertThat(all.get("lookAlikesFlagged").asInt())
                .isLessThan(truth.remittances().size());
        assertThat(ransomRow("ledger").get("payments").asInt()
                        + ransomRow("tron").get("payments").asInt())
                .isEqualTo(truth.ransoms().size());
    }

    @Test
    void laundering_transfers_are_scored_against_the_ledgers_label_column() throws Exception {
        long rows = 0;
        long laundering = 0;
        try (var lines = java.nio.file.Files.lines(dir.resolve("gen/ledger.csv"))) {
            for (var line : (Iterable<String>) lines.skip(1)::iterator) {
                rows++;
                if (line.split(",", 12)[10].equals("1")) {
                    laundering++;
                }
            }
        }
        assertThat(evaluate.out()).contains("laundering transfers");
        JsonNode all = null;
        for (var score : scores.get("launderingTransfers")) {
            assertThat(score.get("labelled").asLong()).isEqualTo(rows);
            assertThat(score.get("laundering").asLong()).isEqualTo(laundering);
            assertThat(score.get("truePositives").asLong())
                    .isLessThanOrEqualTo(score.get("flagged").asLong())
                    .isLessThanOrEqualTo(rows);
            if (score.get("findings").asString().equals("all")) {
                all = score;
            }
        }
        assertThat(all).as("the row of all findings in %s", scores).isNotNull();
        assertThat(laundering).isPositive();
        assertThat(all.get("truePositives").asLong()).isPositive();
        assertThat(all.get("f1").asDouble()).isBetween(0.0, 1.0).isPositive();
        for (var score : scores.get("launderingTransfers")) {
            assertThat(score.get("flagged").asLong())
                    .isLessThanOrEqualTo(all.get("flagged").asLong());
            assertThat(score.get("truePositives").asLong())
                    .isLessThanOrEqualTo(all.get("truePositives").asLong());
        }
    }

    private static JsonNode typology(String name) {
        for (var score : scores.get("typologies")) {
            if (score.get("typology").asString().equals(name)) {
                return score;
            }
        }
        throw new AssertionError("no score for " + name + " in " + scores);
    }

    private static JsonNode ransomRow(String format) {
        for (var score : scores.get("ransomPayments")) {
            if (score.get("format").asString().equals(format)) {
                return score;
            }
        }
        throw new AssertionError("no ransom payment row for " + format + " in " + scores);
    }

    private static Set<String> existing(GraphConnection graph, String cypher, Set<String> keys) {
        var found = new HashSet<String>();
        graph.readQuery(cypher)
                .withParameters(java.util.Map.of("keys", List.copyOf(keys)))
                .execute()
                .records()
                .forEach(r -> found.add(r.get("key").asString()));
        return found;
    }

    @Test
    void evaluate_scores_coerced_workers_and_operator_links_as_the_graph_gives_them() {
        assertThat(resolve.exitCode()).as(resolve.err()).isZero();
        assertThat(truth.files().goaml()).hasSize(truth.reports().size());
        assertThat(evaluate.out()).contains("coerced workers", "operator links");
        var result = scores;
        var json = JsonMapper.shared();

        // coerced workers: the figures are those of the possible victims findings lists
        var findings = CommandRun.of("findings", "--format", "json", "--top", "100", "--data-dir", data);
        assertThat(findings.exitCode()).as(findings.err()).isZero();
        var listed = json.readTree(findings.out());
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
                JsonNode paths = json.readTree(links.out()).get("paths");
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

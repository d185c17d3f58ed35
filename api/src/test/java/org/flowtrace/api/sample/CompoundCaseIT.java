package org.flowtrace.api.sample;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.api.cli.FlowtraceCommand;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code flowtrace demo}: the hand-made compound case of sample-ledgers loads through every ingest job
 * into one data folder without a single reject, the graph then holds what its {@code truth.json} says
 * (every transfer with its exact amount and ends, the ransoms, the peel chain, the custodial exchange
 * wallets), the report has its sections, and a second run loads nothing again.
 */
class CompoundCaseIT {

    /** The case's resource folder in the source tree, as the other ITs read the ingest fixtures. */
    private static final Path CASE = Path.of("../sample-ledgers/src/main/resources/ledgers/compound-case");

    /** The JSON Schema of {@code findings --format json} that docs/ publishes. */
    private static final Path FINDINGS_SCHEMA = Path.of("../docs/findings.schema.json");

    @TempDir
    static Path dataDir;

    private static final List<Run> runs = new ArrayList<>();
    private static JsonNode truth;
    private static @Nullable GraphConnection graph;

    private record Run(String command, int exitCode, String out, String err) {}

    @BeforeAll
    static void ingest_the_case_with_every_command_into_one_data_folder() {
        truth = JsonMapper.builder().build().readTree(CASE.resolve("truth.json").toFile());

        run(
                "demo",
                "--data-dir",
                dataDir.toString(),
                "--report",
                dataDir.resolve("report").toString());
        run(
                "demo",
                "--data-dir",
                dataDir.toString(),
                "--report",
                dataDir.resolve("report-again").toString());
        run(
                "restitution",
                "--data-dir",
                dataDir.toString(),
                "--victims",
                CASE.resolve("restitution/victims.csv").toString(),
                "--recovered",
                CASE.resolve("restitution/recovered.csv").toString(),
                "--method",
                "haircut",
                "--out",
                dataDir.resolve("restitution").toString());
        run(
                "trace",
                "--data-dir",
                dataDir.toString(),
                "--from",
                "camt:ZMKBKHPP:002310457:MKB260303-0457-01:1",
                "--method",
                "fifo",
                "--until",
                "2026-03-09",
                "--format",
                "json");
        run("findings", "--data-dir", dataDir.toString(), "--top", "20");
        run("findings", "--data-dir", dataDir.toString(), "--top", "20", "--format", "json");
        run(
                "case",
                "export",
                "naga-garden-ransom",
                "--data-dir",
                dataDir.toString(),
                "--format",
                "json,ftm",
                "--out",
                dataDir.resolve("exported").toString());
        run(
                "evaluate",
                "--truth",
                CASE.resolve("truth.json").toString(),
                "--data-dir",
                dataDir.toString(),
                "--json",
                dataDir.resolve("evaluation.json").toString());
        graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir));
    }

    @AfterAll
    static void close_the_graph() {
        if (graph != null) {
            graph.close();
        }
    }

    @Test
    void every_file_loads_with_exit_code_zero_and_nothing_rejected() {
        var first = runs.get(0);
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        var summaries =
                first.out().lines().filter(l -> l.contains(": COMPLETED")).toList();
        assertThat(summaries).as(first.out()).hasSize(11).allMatch(l -> l.endsWith(" 0 rejected"));
        assertThat(first.out())
                .doesNotContain("rejects:")
                .contains("transfers without rate: 0")
                .contains("read 51 transfers")
                .contains("Report: ");
    }

    @Test
    void the_report_is_one_offline_page_with_counts_loads_findings_and_the_money_flow() throws Exception {
        var page = java.nio.file.Files.readString(dataDir.resolve("report/index.html"));
        assertThat(page)
                .contains("<h2 id=\"graph\">", "<h2 id=\"ingest\">", "<h2 id=\"findings\">", "<h2 id=\"money-flow\">")
                .contains("<td>Transfers</td><td class=\"n\">51</td>")
                .contains("<td>tron/usdt-events.json</td><td>COMPLETED</td>")
                .contains("<svg", "陈国豪", "សុខ វណ្ណៈ", "林美玲")
                .doesNotContain("<script", " src=", "<link", "@import");
        assertThat(page.split("<path ", -1))
                .as("one curve per pair of accounts that moved money")
                .hasSizeGreaterThan(40);
    }

    @Test
    void the_demo_shows_the_owner_paths_of_truth_json_up_to_the_designated_operator_with_exact_shares()
            throws Exception {
        var out = runs.get(0).out();
        var owners = out.substring(out.indexOf("Owner paths to the operator:"), out.indexOf("Restitution ("));
        var mekong = owners.substring(owners.indexOf("[bods:record:flowtrace-compound-case-mekong-bright]\n"));
        assertThat(mekong)
                .as("Mekong Bright → Naga Garden → Golden Naga → Lotus Star → CHEN (truth.json), then the list's entry")
                .contains("owner 陈国豪 86.30 % (63/73), owner, controls")
                .contains("path to 陈国豪 (FIU-KH Scam Compounds (fictional) NG-1: compound operator), 5 hops:")
                .contains("owns 100 % (shareholding) since 2025-04-10  [bods.json /10]")
                .contains("owns 90 % (shareholding) since 2020-09-01  [bods.json /9]")
                .contains("owns 70 % (shareholding) since 2020-02-17  [bods.json /8]")
                .contains("owns 100 % (shareholding) since 2019-05-02  [bods.json /7]")
                .contains("—SAME_AS→ 陈国豪 [designations:fiu-kh-scam-compounds-fictional:NG-1]");
        var siam = owners.substring(owners.indexOf("[bods:record:flowtrace-compound-case-siam-lotus]\n"));
        assertThat(siam)
                .contains("owner สมศักดิ์ ทองดี 51.00 % (51/100), owner, controls, nominee (holds for another)")
                .contains("owner 陈国豪 46.99 % (343/730), owner")
                .contains("path to 陈国豪 (FIU-KH Scam Compounds (fictional) NG-1: compound operator), 4 hops:");
        assertThat(truth.get("beneficialOwnership").get("paths")).hasSize(2);
        var page = java.nio.file.Files.readString(dataDir.resolve("report/index.html"));
        assertThat(page).contains("<h2 id=\"owners\">Owner paths to the operator</h2>", "陈国豪 86.30 % (63/73)");
    }

    @Test
    void the_demo_writes_the_ransom_receivers_case_pack_with_a_section_per_offence_and_every_checksum()
            throws Exception {
        assertThat(runs.get(0).out()).contains("Case pack (FIU and prosecutor use only): ");
        var folder = dataDir.resolve("report/case");
        var page = java.nio.file.Files.readString(folder.resolve("naga-garden-ransom.html"));
        assertThat(page.indexOf("FIU AND PROSECUTOR USE ONLY"))
                .as("the marking comes first")
                .isPositive()
                .isLessThan(page.indexOf("<h1>"));
        for (var offence :
                List.of("trafficking-in-persons", "fraud", "extortion", "illegal-restraint", "money-laundering")) {
            assertThat(page).contains("<h3 id=\"offence-" + offence + "\">");
        }
        var extortion = section(page, "extortion", "illegal-restraint");
        var tron = org.flowtrace.graph.model.Sha256.digest();
        var hex = java.util.HexFormat.of()
                .formatHex(tron.digest(java.nio.file.Files.readAllBytes(CASE.resolve("tron/usdt-events.json"))));
        assertThat(extortion)
                .as("the ransom of 李娟 Li Juan into the operator's ransom wallet, with the TRON export's checksum")
                .contains("RANSOM (score", "payment made under the demand", "12000.000000", "sha256 " + hex);
        assertThat(section(page, "illegal-restraint", "money-laundering"))
                .contains("release made conditional on payment");
        assertThat(section(page, "trafficking-in-persons", "fraud"))
                .as(
                        "the Siam Riverside STR names Trần Văn Hùng as a trafficking victim; the list designates the compound")
                .contains("Hùng Trần Văn", "<span class=\"victim\">victim</span>", "SRB-STR-2026-0231", "NG-2");
        assertThat(page)
                .contains("<svg", "<h2 id=\"timeline\">")
                .doesNotContain("<script", " src=", "<link", "@import");

        var json = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("naga-garden-ransom.json").toFile());
        assertThat(json.get("marking").asString()).contains("FIU AND PROSECUTOR USE ONLY");
        assertThat(json.get("facts"))
                .isNotEmpty()
                .allSatisfy(fact -> assertThat(fact.get("sources"))
                        .as(fact.get("key").asString())
                        .isNotEmpty()
                        .allSatisfy(source ->
                                assertThat(source.get("sha256").asString()).matches("[0-9a-f]{64}")));
        assertThat(java.nio.file.Files.readAllLines(folder.resolve("naga-garden-ransom.ftm.json")))
                .first(as(InstanceOfAssertFactories.STRING))
                .contains("\"schema\":\"Note\"", "FIU AND PROSECUTOR USE ONLY");
        assertThat(java.nio.file.Files.readString(dataDir.resolve("report/index.html")))
                .contains("<a href=\"case/naga-garden-ransom.html\">");

        var export = runs.stream()
                .filter(r -> r.command().startsWith("case export"))
                .findFirst()
                .orElseThrow();
        assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
        assertThat(export.out()).contains("FIU AND PROSECUTOR USE ONLY");
        assertThat(java.nio.file.Files.readString(dataDir.resolve("exported/naga-garden-ransom.ftm.json")))
                .as("case export writes the stored case as the demo wrote it (the second demo run rebuilt it)")
                .isEqualTo(java.nio.file.Files.readString(
                        dataDir.resolve("report-again/case/naga-garden-ransom.ftm.json")));
    }

    private static String section(String page, String offence, String next) {
        return page.substring(
                page.indexOf("<h3 id=\"offence-" + offence + "\">"), page.indexOf("<h3 id=\"offence-" + next + "\">"));
    }

    @Test
    void evaluate_against_the_case_truth_finds_both_workers_every_operator_link_and_exact_restitution()
            throws Exception {
        var evaluate = runs.stream()
                .filter(r -> r.command().startsWith("evaluate"))
                .findFirst()
                .orElseThrow();
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("coerced workers", "operator links", "restitution");
        var scores = JsonMapper.builder()
                .build()
                .readTree(dataDir.resolve("evaluation.json").toFile());

        var workers = scores.get("coercedWorkers");
        assertThat(workers.get("planted").asInt())
                .isEqualTo(truth.get("coercedWorkers").size());
        assertThat(workers.get("marked").asInt())
                .isEqualTo(workers.get("planted").asInt());
        assertThat(workers.get("workersAmongSuspects").asInt()).isZero();
        for (var links : scores.get("operatorLinks")) {
            assertThat(links.get("linked").asInt())
                    .as(links.toString())
                    .isEqualTo(links.get("starts").asInt());
            assertThat(links.get("starts").asInt()).as(links.toString()).isPositive();
        }
        // four victims under each of the five allocation methods, every amount as worked out by hand
        assertThat(scores.get("restitution")).hasSize(5);
        for (var method : scores.get("restitution")) {
            assertThat(method.get("victims").asInt()).as(method.toString()).isEqualTo(4);
            assertThat(method.get("exact").asInt()).as(method.toString()).isEqualTo(4);
            assertThat(method.get("mismatches")).as(method.toString()).isEmpty();
        }
    }

    @Test
    void running_the_demo_again_loads_nothing_twice() {
        var again = runs.get(1);
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()
                        .lines()
                        .filter(l -> l.contains(": ALREADY_LOADED"))
                        .count())
                .as(again.out())
                .isEqualTo(11);
        assertThat(rows("MATCH ()-[t:TRANSFER]->() RETURN toString(count(t)) AS line"))
                .containsExactly("51");
    }

    @Test
    void every_transfer_of_the_truth_is_in_the_graph_with_its_exact_amount_and_ends() {
        var expected = new ArrayList<String>();
        for (var transfer : truth.get("transfers")) {
            expected.add(text(transfer, "id") + " " + text(transfer, "from") + " -> " + text(transfer, "to") + " "
                    + text(transfer, "amount") + " " + text(transfer, "asset"));
        }
        var actual = rows("""
                MATCH (a)-[t:TRANSFER]->(b)
                RETURN t.id + ' ' + a.key + ' -> ' + b.key + ' ' + t.amount + ' ' + t.asset AS line
                """);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_ransoms_are_transfers_with_their_exact_amounts_and_references() {
        for (var ransom : truth.get("ransoms")) {
            var row = rows(
                    "MATCH (a {key: $payer})-[t:TRANSFER {id: $id}]->(b {key: $receiver})"
                            + " RETURN t.amount + '|' + coalesce(t.reference, '') AS line",
                    Map.of(
                            "payer",
                            text(ransom, "payer"),
                            "id",
                            text(ransom, "transfer"),
                            "receiver",
                            text(ransom, "receiver")));
            var reference = ransom.get("reference").isNull() ? "" : text(ransom, "reference");
            assertThat(row).containsExactly(text(ransom, "amount") + "|" + reference);
        }
        assertThat(rows("MATCH ()-[t:TRANSFER {id: 'goaml:6620:SRB-T-0001'}]->() RETURN t.usd AS line"))
                .containsExactly("7990.56"); // 286,400.00 THB at 0.0279 USD
    }

    @Test
    void every_ransom_of_the_case_is_evidence_of_a_ransom_finding_and_the_bank_ones_quote_their_references() {
        var evidence = rows("MATCH (f:Finding {typology: 'RANSOM'}) UNWIND f.transferIds AS line RETURN DISTINCT line");
        for (var ransom : truth.get("ransoms")) {
            assertThat(evidence).as(text(ransom, "hostage")).contains(text(ransom, "transfer"));
        }
        assertThat(rows("MATCH (f:Finding {typology: 'RANSOM'}) WHERE f.explanation CONTAINS 'references name'"
                        + " RETURN f.explanation AS line"))
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("'trả nợ cho Hùng / debt'", "debt (\"debt\")"))
                .anySatisfy(line -> assertThat(line).contains("'王磊 释放手续费 release fee'", "release (\"release\")"));
    }

    @Test
    void the_peel_chain_runs_from_the_collection_wallet_through_four_hops_to_a_custodial_exchange_wallet() {
        var chain = pattern("peel-chain");
        var hops = new ArrayList<String>();
        chain.get("hops").forEach(h -> hops.add(h.asString()));
        var path = rows("""
                MATCH p = (start:Wallet)-[:TRANSFER*5]->(end:Wallet)
                WHERE [t IN relationships(p) | t.id] = $hops
                RETURN start.key + ' > ' + end.key + ' ' + end.custodial + ' '
                       + reduce(s = '', t IN relationships(p) | s + t.amount + ';') AS line
                """, Map.of("hops", hops));
        var wallets = chain.get("wallets");
        assertThat(path)
                .containsExactly(
                        wallets.get(0).asString() + " > " + wallets.get(5).asString()
                                + " true 60000.000000;58149.750000;55749.750000;53774.250000;53774.250000;");
        var peels = new ArrayList<String>();
        chain.get("peels").forEach(p -> peels.add(p.asString()));
        assertThat(rows(
                        "MATCH ()-[t:TRANSFER]->() WHERE t.id IN $peels RETURN t.amount AS line",
                        Map.of("peels", peels)))
                .containsExactlyInAnyOrder("1850.250000", "2400.000000", "1975.500000");
        assertThat(rows("""
                        MATCH (f:Finding {typology: 'PEEL_CHAIN'})
                        RETURN f.transferCount + ' ' + all(id IN $ids WHERE id IN f.transferIds) AS line
                        """, Map.of("ids", strings(chain.get("transfers")))))
                .as("the peel-chain detector finds the chain with every hop and peel as its evidence")
                .containsExactly("8 true");
    }

    @Test
    void the_exchange_deposit_wallets_are_custodial_and_the_operator_wallets_are_tagged_scam() {
        var exchanges = strings(truth.get("exchangeDepositWallets"));
        var operator = strings(truth.get("operatorWallets"));
        assertThat(rows(
                        "MATCH (w:Wallet) WHERE w.key IN $keys AND w.custodial = true RETURN w.key AS line",
                        Map.of("keys", exchanges)))
                .containsExactlyInAnyOrderElementsOf(exchanges);
        assertThat(rows(
                        "MATCH (w:Wallet)-[:TAGGED]->(t:Tag {category: 'scam'}) WHERE w.key IN $keys"
                                + " RETURN DISTINCT w.key AS line",
                        Map.of("keys", operator)))
                .containsExactlyInAnyOrderElementsOf(operator);
        assertThat(rows(
                        "MATCH (w:Wallet {custodial: true}) WHERE NOT w.key IN $keys RETURN w.key AS line",
                        Map.of("keys", exchanges)))
                .as("no other wallet is custodial")
                .isEmpty();
    }

    @Test
    void the_siam_riverside_str_names_the_missing_worker_and_the_statement_account_holds_the_frozen_funds() {
        assertThat(rows("MATCH (r:Report {key: 'goaml:6620:SRB-STR-2026-0231'})-[:NAMES]->(p:Person)"
                        + " WHERE p.name CONTAINS 'Hùng' RETURN DISTINCT r.reason AS line"))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("trafficking", "missing person");

        var account = text(truth.get("restitution"), "account");
        var balance = rows("""
                MATCH (a:Account {key: $account})
                OPTIONAL MATCH ()-[i:TRANSFER]->(a) WHERE i.id STARTS WITH 'camt:'
                WITH a, sum(toFloat(i.amount)) AS credits
                OPTIONAL MATCH (a)-[o:TRANSFER]->() WHERE o.id STARTS WITH 'camt:'
                WITH credits, sum(toFloat(o.amount)) AS debits
                RETURN toString(credits - debits) AS line
                """, Map.of("account", account));
        assertThat(balance).containsExactly("9700.0");
        assertThat(text(truth.get("restitution"), "frozen")).isEqualTo("9700.00");
    }

    @Test
    void both_coerced_workers_are_possible_victims_shown_with_the_reminder_and_never_among_the_suspects()
            throws Exception {
        var workers = new ArrayList<String>();
        truth.get("coercedWorkers").forEach(w -> workers.add(text(w, "wallet")));
        assertThat(workers).hasSize(2);
        assertThat(rows("""
                        MATCH (:Finding {typology: 'POSSIBLE_TRAFFICKING_VICTIM'})-[:INVOLVES {role: 'possible victim'}]->(n)
                        RETURN DISTINCT coalesce(n.key, '') + CASE WHEN n:Person THEN ' ' + n.name ELSE '' END AS line
                        """))
                .as("both workers' wallets by their flows; Hùng as the Siam Riverside STR names him (no wallet of his"
                        + " is linked to him in the evidence)")
                .hasSize(3)
                .containsAll(workers)
                .anyMatch(line -> line.startsWith("person:") && line.contains("Hùng"));
        var mules = new ArrayList<String>();
        truth.get("mules").forEach(m -> mules.add(text(m, "account")));
        assertThat(rows("""
                        MATCH (:Finding {typology: 'POSSIBLE_TRAFFICKING_VICTIM'})-[:INVOLVES {role: 'possible victim'}]->(n)
                        WHERE n.key IN $mules RETURN n.key AS line
                        """, Map.of("mules", mules)))
                .as("the paid mules are not marked: they keep a cut or pay the operator's companies, not its wallets")
                .isEmpty();

        var demo = runs.get(0).out();
        var victims = demo.substring(
                demo.indexOf("Possible victims of trafficking (not suspects):"), demo.indexOf("Suspects ("));
        var suspects = demo.substring(demo.indexOf("Suspects ("), demo.indexOf("Entity resolution:"));
        assertThat(victims).contains(PossibleVictims.NON_PUNISHMENT).contains(workers);
        assertThat(suspects).doesNotContain(workers).contains("TRON:TXtjy8D9q7sX3aZRhxHAfUFJsEYTKie8vT");

        var findings = runs.stream()
                .filter(r -> r.command().startsWith("findings"))
                .findFirst()
                .orElseThrow();
        assertThat(findings.exitCode()).as(findings.out() + findings.err()).isZero();
        var out = findings.out();
        var ranked = out.substring(0, out.indexOf("Suspects ("));
        var rankedSuspects = out.substring(out.indexOf("Suspects ("), out.indexOf("Possible victims of trafficking"));
        assertThat(ranked).doesNotContain("POSSIBLE_TRAFFICKING_VICTIM");
        assertThat(ranked.lines().filter(l -> l.contains("TRON:TJWqrhHRgKQVRWpnoCLprHYeCYgCwFbWFG")))
                .as("a finding through Hùng's wallet shows it as a possible victim")
                .allMatch(l -> l.contains("[possible trafficking victim, not a suspect: "));
        assertThat(rankedSuspects).doesNotContain(workers);
        assertThat(out.substring(out.indexOf("Possible victims of trafficking")))
                .contains(PossibleVictims.NON_PUNISHMENT)
                .contains(workers)
                .contains("Hùng");

        var page = java.nio.file.Files.readString(dataDir.resolve("report/index.html"));
        assertThat(page)
                .contains("<h2 id=\"victims\">Possible victims of trafficking</h2>", "Non-punishment principle")
                .contains(workers);
    }

    @Test
    void the_findings_json_export_follows_the_json_schema_in_docs_and_the_schema_rejects_a_broken_finding()
            throws Exception {
        var export = runs.stream()
                .filter(r -> r.command().startsWith("findings") && r.command().endsWith("json"))
                .findFirst()
                .orElseThrow();
        assertThat(export.exitCode()).as(export.out() + export.err()).isZero();
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(java.nio.file.Files.readString(FINDINGS_SCHEMA), InputFormat.JSON);
        Consumer<ExecutionContext> formats = c -> c.executionConfig(e -> e.formatAssertionsEnabled(true));
        var json = (ObjectNode) JsonMapper.builder().build().readTree(export.out());
        assertThat(json.get("findings")).as(export.out()).isNotEmpty();
        assertThat(json.get("suspects")).as(export.out()).isNotEmpty();
        assertThat(json.get("possibleVictimsOfTrafficking")).as(export.out()).isNotEmpty();

        assertThat(schema.validate(json, formats)).as(export.out()).isEmpty();

        var tooStrong = json.deepCopy();
        ((ObjectNode) tooStrong.get("findings").get(0)).put("score", 1.5);
        assertThat(schema.validate(tooStrong, formats))
                .as("a score above 1")
                .anyMatch(e -> e.getInstanceLocation().toString().endsWith("score"));
        var keyless = json.deepCopy();
        ((ObjectNode) keyless.get("findings").get(0)).remove("key");
        assertThat(schema.validate(keyless, formats))
                .as("a finding without its key")
                .anyMatch(e -> "required".equals(e.getKeyword()) && "key".equals(e.getProperty()));
        var notAnInstant = json.deepCopy();
        ((ObjectNode) notAnInstant.get("findings").get(0)).put("firstAt", "yesterday");
        assertThat(schema.validate(notAnInstant, formats))
                .as("a time that is no instant")
                .isNotEmpty();
    }

    @Test
    void the_demo_schedules_restitution_of_the_frozen_account_as_truth_json_says_for_every_victim_and_rule()
            throws Exception {
        var restitution = truth.get("restitution");
        for (var rule : List.of("poison", "haircut", "fifo", "lifo", "libr")) {
            var folder = dataDir.resolve("report/restitution-" + rule);
            var awarded = csvColumn(folder.resolve("restitution-victims.csv"), "victim", "awarded_usd");
            for (var victim : restitution.get("victims")) {
                assertThat(awarded.get(text(victim, "victim")))
                        .as(rule + " " + text(victim, "victim"))
                        .isEqualTo(victim.get("restitution").get(rule).asString());
            }
            assertThat(csvColumn(folder.resolve("restitution-endpoints.csv"), "endpoint", "remainder_usd"))
                    .as(rule + ": the account holder's clean funds")
                    .containsExactly(Map.entry(
                            text(restitution, "account"),
                            restitution.get("accountHolderCleanFunds").get(rule).asString()));
        }
        assertThat(runs.get(0).out())
                .contains("Restitution (ZMKBKHPP:002310457 9,700.00 USD), V1/V2/V3/V4: poison 3,031.25/1,818.75/"
                        + "3,637.50/1,212.50; haircut 1,750.00/1,050.00/4,200.00/2,000.00; fifo 0.00/1,200.00/6,000.00/"
                        + "2,000.00; lifo 3,500.00/0.00/3,200.00/2,000.00; libr 2,062.50/1,237.50/4,400.00/2,000.00");
        var page = java.nio.file.Files.readString(dataDir.resolve("report/index.html"));
        assertThat(page)
                .contains("<h2 id=\"restitution-by-rule\">", "<h2 id=\"restitution\">Restitution schedule (libr)")
                .contains("<td class=\"n\">3,031.25</td>") // poison's V1 in the comparison of rules
                .contains("claims 9,700.00 within 9,700.00: every claim met in full") // the LIBR schedule
                .doesNotContain("<script", " src=");
    }

    @Test
    void the_restitution_command_writes_the_court_schedule_and_the_trace_command_shows_each_hop() throws Exception {
        var restitution = runs.get(2);
        assertThat(restitution.exitCode())
                .as(restitution.out() + restitution.err())
                .isZero();
        assertThat(java.nio.file.Files.readAllLines(dataDir.resolve("restitution/restitution-schedule.csv")))
                .first()
                .isEqualTo("method,victim,name,endpoint,paid_in_usd,traced_usd,claim_usd,awarded_usd,arithmetic");
        assertThat(csvColumn(dataDir.resolve("restitution/restitution-victims.csv"), "victim", "awarded_usd"))
                .containsExactly(
                        Map.entry("V1", "1750.00"),
                        Map.entry("V2", "1050.00"),
                        Map.entry("V3", "4200.00"),
                        Map.entry("V4", "2000.00"));
        assertThat(java.nio.file.Files.readString(dataDir.resolve("restitution/restitution.html")))
                .contains("<svg", "Lim Mei Ling")
                .doesNotContain("<script");

        var trace = runs.get(3);
        assertThat(trace.exitCode()).as(trace.out() + trace.err()).isZero();
        var json = JsonMapper.builder().build().readTree(trace.out());
        assertThat(json.get("method").asString()).isEqualTo("fifo");
        // FIFO: the salary (1,000) leaves first, so 3,500.00 of V1's 5,000.00 goes on to Mekong Bright on 03-05
        // and the rest (1,500.00) to the OTC desk on 03-08
        var hops = new ArrayList<String>();
        json.get("hops")
                .forEach(h ->
                        hops.add(h.get("hop").asInt() + " " + h.get("transfer").asString() + " "
                                + h.get("allocated").asString()));
        assertThat(hops)
                .startsWith(
                        "1 camt:ZMKBKHPP:002310457:MKB260303-0457-01:1 5000.00",
                        "2 camt:ZMKBKHPP:002310457:MKB260305-0457-01:1 3500.00",
                        "2 camt:ZMKBKHPP:002310457:MKB260308-0457-01:1 1500.00");
        assertThat(json.get("assumptions").toString()).contains("Opening balances are not in evidence");
    }

    @Test
    void screening_the_operator_hits_his_designation_and_screening_a_mule_named_only_in_an_str_reveals_nothing() {
        var screening = org.flowtrace.analytics.screening.Screening.load(
                Objects.requireNonNull(graph, "graph"),
                org.flowtrace.analytics.screening.PublicSources.DEFAULT,
                org.flowtrace.analytics.screening.ScreeningParameters.DEFAULTS);

        var operator = screening.screen(
                new org.flowtrace.analytics.screening.ScreeningQuery("CHEN Guohao", "CN", null, null, null));
        assertThat(operator.designations())
                .anySatisfy(hit -> assertThat(hit.listings().toString()).contains("NG-1", "compound operator"));
        assertThat(operator.level().name()).isEqualTo("HIGH");

        var mule = screening.screen(
                new org.flowtrace.analytics.screening.ScreeningQuery("Kittipong Saelim", "TH", null, null, null));
        assertThat(mule.score()).isZero();
        assertThat(mule.reasons()).isEmpty();
        assertThat(mule.toString().replace(mule.query().toString(), ""))
                .doesNotContain("SRB-STR-2026-0231", "กิตติพงษ์", "Siam Riverside", "goaml", "goAML");
    }

    // ---- helpers

    private static Map<String, String> csvColumn(Path file, String key, String column) throws Exception {
        var lines = java.nio.file.Files.readAllLines(file);
        var header = List.of(lines.get(0).split(","));
        var values = new java.util.LinkedHashMap<String, String>();
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.split(",");
            values.put(fields[header.indexOf(key)], fields[header.indexOf(column)]);
        }
        return values;
    }

    private static void run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = FlowtraceCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        var exitCode = commandLine.execute(args);
        runs.add(new Run(String.join(" ", args), exitCode, out.toString(), err.toString()));
    }

    private static List<String> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    private static List<String> rows(String cypher, Map<String, Object> parameters) {
        return Objects.requireNonNull(graph, "graph")
                .readQuery(cypher)
                .withParameters(parameters)
                .execute()
                .records()
                .stream()
                .map(r -> r.get("line").isNull() ? "null" : r.get("line").asString())
                .toList();
    }

    private static JsonNode pattern(String type) {
        for (var pattern : truth.get("patterns")) {
            if (text(pattern, "type").equals(type)) {
                return pattern;
            }
        }
        throw new AssertionError("no pattern " + type + " in truth.json");
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static String text(JsonNode node, String field) {
        return Objects.requireNonNull(node.get(field), field).asString();
    }
}

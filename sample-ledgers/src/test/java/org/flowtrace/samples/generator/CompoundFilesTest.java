package org.flowtrace.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The planted compounds' files, read back: every worker, operator path and report of the truth is in them. */
class CompoundFilesTest {

    @TempDir
    static Path dir;

    static GroundTruth truth;
    static List<String[]> ledger;

    @BeforeAll
    static void generate() throws IOException {
        var summary = new LedgerGenerator(options(dir.resolve("a"), 11)).generate(n -> {});
        truth = JsonMapper.shared().readValue(summary.truth().toFile(), GroundTruth.class);
        ledger = Files.readAllLines(summary.ledger(), StandardCharsets.UTF_8).stream()
                .map(line -> line.split(",", -1))
                .toList();
    }

    private static GeneratorOptions options(Path out, long seed) {
        return new GeneratorOptions(seed, 45_000, 40_000, 0.005, GeneratorOptions.DEFAULT_START, out);
    }

    @Test
    void the_same_options_give_byte_identical_compound_files() throws IOException {
        new LedgerGenerator(options(dir.resolve("b"), 11)).generate(n -> {});
        for (var file : files()) {
            assertThat(Files.mismatch(
                            dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(-1);
        }
    }

    @Test
    void one_compound_per_twenty_thousand_accounts_each_with_its_files() {
        assertThat(truth.version()).isEqualTo(2);
        assertThat(truth.operators()).hasSize(2);
        assertThat(truth.files().goaml())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f).startsWith("goaml/"));
        assertThat(truth.files().camt053()).hasSize(2);
        assertThat(truth.files().bods()).isEqualTo("bods.json");
        assertThat(truth.files().designations()).isEqualTo("designations.csv");
    }

    @Test
    void workers_of_a_compound_were_opened_at_one_bank_within_days_and_their_ledger_rows_pass_victims_money_on() {
        var byCompound =
                truth.coercedWorkers().stream().collect(Collectors.groupingBy(GroundTruth.CoercedWorker::compound));
        for (var workers : byCompound.values()) {
            assertThat(workers).hasSizeBetween(5, 12);
            assertThat(workers.stream().map(w -> w.account().split(":")[0]).distinct())
                    .hasSize(1);
            var opened = workers.stream()
                    .map(w -> LocalDateTime.parse(w.opened().replace("Z", "")))
                    .sorted()
                    .toList();
            assertThat(Duration.between(opened.getFirst(), opened.getLast()).toDays())
                    .isLessThanOrEqualTo(4);
        }
        for (var worker : truth.coercedWorkers()) {
            for (long line : worker.lines()) {
                var row = ledger.get((int) line - 1);
                assertThat(List.of(row[1] + ":" + row[2], row[3] + ":" + row[4]))
                        .contains(worker.account());
                assertThat(row[10]).isEqualTo("1");
            }
        }
    }

    @Test
    void every_report_of_the_truth_is_a_goaml_file_stating_its_transactions_and_accounts() throws Exception {
        for (var report : truth.reports()) {
            var xml = parse(dir.resolve("a").resolve(report.file()));
            var root = xml.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("report");
            assertThat("goaml:" + text(root, "rentity_id") + ":" + text(root, "entity_reference"))
                    .isEqualTo(report.key());
            var numbers = texts(root, "transactionnumber");
            assertThat(numbers.stream()
                            .map(n -> "goaml:" + text(root, "rentity_id") + ":" + n)
                            .toList())
                    .containsExactlyElementsOf(report.transfers());
            var accounts = new HashSet<String>();
            var elements = root.getElementsByTagName("account");
            for (int i = 0; i < elements.getLength(); i++) {
                var account = (Element) elements.item(i);
                if (account.getParentNode() instanceof Element parent
                        && parent.getTagName().endsWith("account")) {
                    accounts.add(text(parent, "institution_code") + ":" + account.getTextContent());
                }
            }
            assertThat(accounts).containsAll(report.accounts());
            assertThat(texts(root, "indicator")).containsExactlyElementsOf(report.indicators());
        }
        var named = truth.coercedWorkers().stream()
                .filter(GroundTruth.CoercedWorker::namedAsVictim)
                .toList();
        for (var worker : named) {
            var report = truth.reports().stream()
                    .filter(r -> worker.account().equals(r.namedVictim()))
                    .findFirst()
                    .orElseThrow();
            var xml = Files.readString(dir.resolve("a").resolve(report.file()));
            assertThat(xml)
                    .contains("<role>VICTIM</role>", "<passport_number>" + worker.passport() + "</passport_number>");
        }
    }

    @Test
    void reported_workers_accounts_state_their_opening_and_most_give_the_handlers_phone() throws Exception {
        var phones = new HashMap<String, Integer>();
        for (var report : truth.reports().stream()
                .filter(r -> r.about().equals("workers"))
                .toList()) {
            var root = parse(dir.resolve("a").resolve(report.file())).getDocumentElement();
            assertThat(texts(root, "opened")).isNotEmpty();
            texts(root, "tph_number").forEach(p -> phones.merge(p, 1, Integer::sum));
        }
        assertThat(phones.values()).anySatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void every_statement_holds_its_account_s_transfers_and_balances() throws Exception {
        for (var statement : truth.statements()) {
            var root = parse(dir.resolve("a").resolve(statement.file())).getDocumentElement();
            var account = text(root, "BICFI") + ":"
                    + text(
                            (Element)
                                    ((Element) root.getElementsByTagName("Acct").item(0))
                                            .getElementsByTagName("Othr")
                                            .item(0),
                            "Id");
            assertThat(account).isEqualTo(statement.account());
            var refs = texts(root, "AcctSvcrRef").stream()
                    .map(ref -> "camt:" + statement.account() + ":" + ref + ":1")
                    .collect(Collectors.toSet());
            assertThat(refs).containsExactlyInAnyOrderElementsOf(statement.transfers());
            assertThat(truth.paidMules().stream().filter(m -> m.account().equals(statement.account())))
                    .singleElement()
                    .satisfies(m -> assertThat(m.lines()).isEmpty());
        }
    }

    @Test
    void the_register_states_every_ownership_path_of_the_truth_and_a_cycle() throws IOException {
        var statements = JsonMapper.shared()
                .readTree(dir.resolve("a").resolve("bods.json").toFile());
        var records = new HashSet<String>();
        var owns = new HashSet<String>();
        for (JsonNode s : statements) {
            assertThat(s.get("publicationDetails").get("bodsVersion").asString())
                    .isEqualTo("0.4");
            var record = "bods:record:" + s.get("recordId").asString();
            if (s.get("recordType").asString().equals("relationship")) {
                var details = s.get("recordDetails");
                owns.add("bods:record:" + details.get("interestedParty").asString() + ">bods:record:"
                        + details.get("subject").asString());
            } else {
                records.add(record);
            }
        }
        for (var operator : truth.operators()) {
            assertThat(records).contains(operator.register());
            assertThat(operator.ownershipPaths()).isNotEmpty();
            for (var path : operator.ownershipPaths()) {
                assertThat(path.size()).isBetween(3, 5);
                assertThat(path.getLast()).isEqualTo(operator.register());
                for (int i = 0; i + 1 < path.size(); i++) {
                    assertThat(owns).contains(path.get(i + 1) + ">" + path.get(i));
                }
            }
            assertThat(operator.accounts()).hasSize(operator.ownershipPaths().size());
        }
        var cycle = truth.operators().getFirst().cycle();
        assertThat(cycle).hasSize(3);
        assertThat(owns).contains(cycle.get(0) + ">" + cycle.get(1), cycle.get(1) + ">" + cycle.get(2));
    }

    @Test
    void the_designations_list_each_operator_under_the_key_the_truth_gives() throws IOException {
        var lines = Files.readAllLines(dir.resolve("a").resolve("designations.csv"));
        assertThat(lines.getFirst())
                .isEqualTo("list,id,type,name,aliases,country,location,linked_companies,wallets,source_url,program");
        for (var operator : truth.operators()) {
            var id = operator.designation().substring(operator.designation().lastIndexOf(':') + 1);
            assertThat(lines)
                    .anySatisfy(line -> assertThat(line)
                            .contains("," + id + ",person," + operator.name() + ",")
                            .contains(operator.romanised()));
        }
    }

    private static List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.resolve("a").relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<String> texts(Element element, String tag) {
        var nodes = element.getElementsByTagName(tag);
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}

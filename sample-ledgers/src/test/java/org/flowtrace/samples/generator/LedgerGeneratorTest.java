package org.flowtrace.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class LedgerGeneratorTest {

    private static final Map<String, Currencies> BY_NAME =
            Arrays.stream(Currencies.values()).collect(Collectors.toMap(Currencies::amlworldName, Function.identity()));

    @TempDir
    static Path dir;

    static LedgerGenerator.Summary summary;
    static List<String[]> rows;
    static GroundTruth truth;

    @BeforeAll
    static void generate() throws IOException {
        summary = new LedgerGenerator(options(dir.resolve("a"), 7)).generate(n -> {});
        rows = Files.readAllLines(summary.ledger(), StandardCharsets.UTF_8).stream()
                .map(line -> line.split(",", -1))
                .toList();
        truth = JsonMapper.shared().readValue(summary.truth().toFile(), GroundTruth.class);
    }

    private static GeneratorOptions options(Path out, long seed) {
        return new GeneratorOptions(seed, 3_000, 60_000, 0.01, GeneratorOptions.DEFAULT_START, out);
    }

    @Test
    void the_same_options_give_byte_identical_files_in_every_format() throws IOException {
        var again = new LedgerGenerator(options(dir.resolve("b"), 7)).generate(n -> {});
        var first = tree(dir.resolve("a"));
        assertThat(first)
                .contains(
                        "ledger.csv",
                        "fx-rates.csv",
                        "truth.json",
                        "ethereum/token_transfers.csv",
                        "tagpacks/exchanges.yaml",
                        "tron/usdt-events-2022-09-01.json");
        assertThat(tree(dir.resolve("b"))).isEqualTo(first);
        for (var file : first) {
            assertThat(Files.mismatch(
                            dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)))
                    .as(file)
                    .isEqualTo(-1);
        }
        assertThat(again.files()).hasSize(summary.files().size());
        var otherSeed = new LedgerGenerator(options(dir.resolve("c"), 8)).generate(n -> {});
        assertThat(Files.mismatch(summary.ledger(), otherSeed.ledger())).isNotEqualTo(-1);
        assertThat(Files.mismatch(
                        dir.resolve("a/ethereum/token_transfers.csv"), dir.resolve("c/ethereum/token_transfers.csv")))
                .isNotEqualTo(-1);
    }

    @Test
    void a_format_left_out_changes_none_of_the_others() throws IOException {
        var tronOnly = dir.resolve("tron-only");
        var only = new LedgerGenerator(new GeneratorOptions(
                        7, 3_000, 60_000, 0.01, GeneratorOptions.DEFAULT_START, tronOnly, Set.of(DataSetFormat.TRON)))
                .generate(n -> {});
        assertThat(tree(tronOnly))
                .allSatisfy(file -> assertThat(file).matches("truth\\.json|tron/.*"))
                .hasSize(1 + truth.files().tronFiles().size());
        for (var file : truth.files().tronFiles()) {
            assertThat(Files.mismatch(dir.resolve("a").resolve(file), tronOnly.resolve(file)))
                    .as(file)
                    .isEqualTo(-1);
        }
        assertThat(only.rows()).isZero();
        var partial = JsonMapper.shared().readValue(only.truth().toFile(), GroundTruth.class);
        assertThat(partial.files().ledger()).isNull();
        assertThat(partial.patterns())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.accounts().get(0)).startsWith("TRON:"));
        assertThat(partial.ransoms()).allSatisfy(r -> assertThat(r.format()).isEqualTo("tron"));
    }

    private static List<String> tree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void the_ledger_has_the_amlworld_header_and_exactly_the_rows_asked_for() {
        assertThat(String.join(",", rows.get(0))).isEqualTo(LedgerGenerator.HEADER);
        assertThat(rows).hasSize(60_001);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(row -> assertThat(row).hasSize(12));
        assertThat(summary.rows()).isEqualTo(60_000);
    }

    @Test
    void the_fx_rates_of_every_day_and_currency_come_with_the_ledger() throws IOException {
        var rates = Files.readAllLines(dir.resolve("a").resolve(LedgerGenerator.FX_RATES_FILE));
        assertThat(rates.get(0)).isEqualTo("date,currency,usd_per_unit,source");
        assertThat(rates)
                .hasSize(1 + 14 * (Currencies.values().length - 1))
                .contains("2022-09-01,EUR,1.08,flowtrace generate (fixed illustrative rates)");
        assertThat(truth.files().fxRates()).isEqualTo(LedgerGenerator.FX_RATES_FILE);
    }

    @Test
    void rows_are_in_time_order() {
        for (int i = 2; i < rows.size(); i++) {
            assertThat(rows.get(i)[0].compareTo(rows.get(i - 1)[0]))
                    .as("line %d", i + 1)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void the_laundering_label_marks_exactly_the_rows_of_laundering_patterns() {
        var launderingLines = new HashSet<Long>();
        truth.patterns().stream()
                .filter(GroundTruth.Pattern::laundering)
                .forEach(p -> launderingLines.addAll(p.lines()));
        long patternRows = launderingLines.size();
        // the compounds' ledger rows are laundering too
        truth.coercedWorkers().forEach(w -> launderingLines.addAll(w.lines()));
        truth.paidMules().forEach(m -> launderingLines.addAll(m.lines()));
        truth.operators().forEach(o -> launderingLines.addAll(o.lines()));
        for (int i = 1; i < rows.size(); i++) {
            long line = i + 1;
            assertThat(rows.get(i)[10]).as("line %d", line).isEqualTo(launderingLines.contains(line) ? "1" : "0");
        }
        assertThat(launderingLines).hasSize((int) summary.launderingRows());
        assertThat(patternRows).isBetween(600L, 700L); // 1 % of 60,000, whole patterns
    }

    @Test
    void every_typology_and_look_alike_is_planted() {
        var planted =
                truth.patterns().stream().map(GroundTruth.Pattern::typology).collect(Collectors.toSet());
        assertThat(planted)
                .containsAll(Arrays.stream(Typology.values()).map(Enum::name).toList());
    }

    @Test
    void every_pattern_row_joins_accounts_of_that_pattern() {
        for (var pattern : truth.patterns()) {
            assertThat(pattern.lines().isEmpty())
                    .as(pattern.id())
                    .isEqualTo(pattern.accounts().get(0).startsWith("TRON:")
                            || pattern.accounts().get(0).startsWith("ETHEREUM:"));
            for (long line : pattern.lines()) {
                var row = row(line);
                assertThat(pattern.accounts()).as(pattern.id()).contains(row[1] + ":" + row[2], row[3] + ":" + row[4]);
            }
        }
    }

    @Test
    void fan_out_pays_many_distinct_receivers_from_one_source() {
        for (var pattern : of("FAN_OUT")) {
            var receivers = pattern.lines().stream().map(l -> key(row(l), 3)).collect(Collectors.toSet());
            assertThat(pattern.lines())
                    .allSatisfy(l -> assertThat(key(row(l), 1))
                            .isEqualTo(pattern.accounts().get(0)));
            assertThat(receivers).hasSize(pattern.lines().size()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void fan_in_collects_from_many_distinct_senders() {
        for (var pattern : of("FAN_IN")) {
            var senders = pattern.lines().stream().map(l -> key(row(l), 1)).collect(Collectors.toSet());
            assertThat(pattern.lines())
                    .allSatisfy(l -> assertThat(key(row(l), 3))
                            .isEqualTo(pattern.accounts().get(0)));
            assertThat(senders).hasSize(pattern.lines().size()).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void cycles_return_to_their_start_in_strict_time_order_with_decaying_amounts() {
        assertThat(of("CYCLE")).isNotEmpty();
        for (var pattern : of("CYCLE")) {
            var hops = pattern.lines().stream().map(this::row).toList();
            assertThat(hops).hasSizeBetween(2, 12);
            for (int i = 0; i < hops.size(); i++) {
                var next = hops.get((i + 1) % hops.size());
                assertThat(key(hops.get(i), 3)).isEqualTo(key(next, 1));
                if (i > 0) {
                    assertThat(hops.get(i)[0]).isGreaterThan(hops.get(i - 1)[0]);
                    assertThat(usd(hops.get(i)))
                            .isLessThanOrEqualTo(usd(hops.get(i - 1)).multiply(new BigDecimal("1.01")));
                }
            }
        }
    }

    @Test
    void structuring_stays_below_the_reporting_threshold() {
        for (var pattern : of("STRUCTURING")) {
            assertThat(pattern.lines()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(l -> {
                var row = row(l);
                assertThat(row[9]).isEqualTo("Cash");
                assertThat(usd(row)).isLessThan(new BigDecimal("10000.5"));
                assertThat(usd(row)).isGreaterThan(new BigDecimal("8900"));
            });
        }
    }

    @Test
    void mules_and_ransom_receivers_pass_the_money_on_after_it_arrives() {
        for (var pattern : truth.patterns().stream()
                .filter(p -> p.typology().equals("PASS_THROUGH") || p.typology().equals("RANSOM"))
                .filter(p -> !p.lines().isEmpty())
                .toList()) {
            var mule = pattern.accounts().get(0);
            var hops = pattern.lines().stream().map(this::row).toList();
            var out = hops.get(hops.size() - 1);
            assertThat(key(out, 1)).isEqualTo(mule);
            assertThat(hops.subList(0, hops.size() - 1)).allSatisfy(in -> {
                assertThat(key(in, 3)).isEqualTo(mule);
                assertThat(in[0]).isLessThanOrEqualTo(out[0]);
            });
        }
        for (var ransom :
                of("RANSOM").stream().filter(p -> !p.lines().isEmpty()).toList()) {
            var paid = ransom.lines().subList(0, ransom.lines().size() - 1).stream()
                    .map(l -> usd(row(l)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(paid).isBetween(new BigDecimal("2990"), new BigDecimal("20010"));
        }
    }

    @Test
    void look_alikes_are_labelled_legitimate() {
        assertThat(of("PAYROLL", "MERCHANT_BURST", "FAMILY_REMITTANCE", "EXCHANGE_PAYOUTS"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.laundering()).isFalse());
    }

    @Test
    void options_out_of_range_are_refused_with_the_option_named() {
        assertThatThrownBy(() -> new GeneratorOptions(1, 10, 5_000, 0.001, GeneratorOptions.DEFAULT_START, dir))
                .hasMessageContaining("--accounts");
        assertThatThrownBy(() -> new GeneratorOptions(1, 5_000, 5_000, 0.5, GeneratorOptions.DEFAULT_START, dir))
                .hasMessageContaining("--laundering-rate");
    }

    private List<GroundTruth.Pattern> of(String... typologies) {
        var wanted = List.of(typologies);
        return truth.patterns().stream()
                .filter(p -> wanted.contains(p.typology()))
                .toList();
    }

    private String[] row(long line) {
        return rows.get((int) line - 1);
    }

    private static String key(String[] row, int bankColumn) {
        return row[bankColumn] + ":" + row[bankColumn + 1];
    }

    /** The paid amount back in USD (exact enough for the assertions: within a cent per unit). */
    private static BigDecimal usd(String[] row) {
        var currency = BY_NAME.get(row[8]);
        return new BigDecimal(row[7]).multiply(currency.usdPerUnit());
    }
}

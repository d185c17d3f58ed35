package org.flowtrace.ingest.fxrates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.fx.UsdValueWriter.Valuation;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.graph.transfer.TransferWriter;
import org.flowtrace.ingest.GraphQueries;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.ethereum.EthereumExportIngestJob;
import org.flowtrace.ingest.ledger.LedgerIngestJob;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestParameters;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(
        classes = IngestTestApplication.class,
        properties = "flowtrace.fx.par-assets=" + FxRatesIngestJobIT.USDT)
class FxRatesIngestJobIT {

    static final String USDT = "ETHEREUM:0xdac17f958d2ee523a2206206994597c13d831ec7";
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/fx-rates");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    FxRatesIngestJob job;

    @Autowired
    LedgerIngestJob ledger;

    @Autowired
    EthereumExportIngestJob ethereum;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    GraphConnection graph;

    @Test
    void ledger_transfers_in_eur_and_cny_get_exact_usd_values_and_a_day_without_a_rate_stays_empty() {
        loadLedger();

        var result = load(FIXTURES.resolve("rates.csv"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(result.counts()).containsEntry("transfersValued", 4L).containsEntry("transfersWithoutRate", 2L);
        var queries = queries();
        assertThat(usdOf("EUR1")).isEqualTo("998.70 at 0.9987 from ECB reference rate, via Fed H.10 of 2022-09-01");
        assertThat(usdOf("CNY1")).isEqualTo("1789.23 at 0.144928 from PBOC of 2022-09-01");
        assertThat(usdOf("BIG1"))
                .isEqualTo("123296295186629629518662962951.86 at 0.9987 from ECB reference rate, via Fed"
                        + " H.10 of 2022-09-01");
        assertThat(usdOf("CNY3")).isEqualTo("0.00 at 0.1449 from PBOC of 2022-09-02");
        assertThat(usdOf("USD1"))
                .as("a USD transfer keeps the value its source gave")
                .isEqualTo("20.00 at 1 from USD of 2022-09-01");
        assertThat(usdOf("EUR3"))
                .as("no EUR rate on 2022-09-03: no value, no guess")
                .isEqualTo("null");
        assertThat(usdOf("CHF1")).as("no CHF rate at all").isEqualTo("null");
        assertThat(
                        queries.single(
                                "MATCH (:Account {key: '010:EUR1'})-[t:TRANSFER]->() RETURN t.usdRateSource + '|' + toString(t.usdApprox) + '|' + size(t.prov) AS s"))
                .as("the value's provenance is the rate file's line, beside the ledger's")
                .isEqualTo("ECB reference rate, via Fed H.10|998.7|2");
        assertThat(queries.single(
                        "MATCH (:Account {key: '010:EUR1'})-[t:TRANSFER]->() RETURN split(t.prov[1], '|')[2] AS s"))
                .isEqualTo("line 2");
        assertThat(
                        queries.single(
                                "MATCH (r:FxRate {key: '2022-09-01:EUR'}) RETURN r.rate + ' ' + r.asset + ' ' + toString(r.date) + ' ' + r.source AS s"))
                .isEqualTo("0.9987 EUR 2022-09-01 ECB reference rate, via Fed H.10");
    }

    @Test
    void a_price_file_of_date_asset_usd_values_ether_transfers_exactly() {
        // a re-run instance: the job repository is shared by the JVM's tests, and EthereumExportIngestJobIT
        // loads this file as a first run of its own
        for (var file : List.of(Path.of("src/test/resources/fixtures/ethereum/rpc/block-19000000.json"))) {
            assertThat(launcher.launch(ethereum, file, Map.of(), true).status()).isEqualTo("COMPLETED");
        }

        var result = load(FIXTURES.resolve("prices.csv"));

        assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
        assertThat(result.counts()).containsEntry("transfersValued", 3L).containsEntry("transfersWithoutRate", 0L);
        var rows = graph.readQuery("""
                        MATCH ()-[t:TRANSFER {asset: 'ETHEREUM:ETH'}]->()
                        RETURN t.amount AS amount, t.usd AS usd, t.usdRateSource AS source""").execute().records();
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            var expected = new BigDecimal(row.get("amount").asString())
                    .multiply(new BigDecimal("2563.12"))
                    .setScale(2, RoundingMode.HALF_EVEN);
            assertThat(row.get("usd").asString()).isEqualTo(expected.toPlainString());
            assertThat(row.get("source").asString()).isEqualTo("daily close (test figure)");
        });
    }

    @Test
    void a_bom_crlf_file_with_columns_in_another_order_and_quoted_commas_loads() {
        var result = load(FIXTURES.resolve("rates-bom-crlf.csv"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        var queries = queries();
        assertThat(queries.single("MATCH (r:FxRate {key: '2024-03-01:THB'}) RETURN r.rate + ' ' + r.source AS s"))
                .isEqualTo("0.027855 Bank of Thailand, mid rate");
        assertThat(queries.single("MATCH (r:FxRate {key: '2024-03-01:VND'}) RETURN r.rate + ' ' + r.source AS s"))
                .isEqualTo("0.0000405 State Bank of Vietnam, central rate");
    }

    @Test
    void every_bad_line_is_rejected_with_its_line_column_and_reason_and_the_good_lines_load() throws Exception {
        var result = load(FIXTURES.resolve("bad-rates.csv"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        var rejects = GraphQueries.rejects(result);
        assertThat(rejects.stream().map(GraphQueries::describe).toList())
                .containsExactlyInAnyOrder(
                        "line 3 date: not an ISO date (yyyy-MM-dd): '2024-02-30'",
                        "line 4 date: not an ISO date (yyyy-MM-dd): '02/01/2024'",
                        "line 5 date: missing value",
                        "line 6 currency: unknown currency 'ZZZ'",
                        "line 7 currency: unknown currency 'EURO'",
                        "line 8 currency: unknown currency 'DOGE:DOGE' (not ISO 4217, and 'DOGE' is not a chain)",
                        "line 9 currency: missing value",
                        "line 10 usd_per_unit: rate must be positive: '0'",
                        "line 11 usd_per_unit: rate must be positive: '-1.27'",
                        "line 12 usd_per_unit: not a plain decimal rate: 'abc'",
                        "line 13 usd_per_unit: not a plain decimal rate: '1e-3'",
                        "line 14 usd_per_unit: not a plain decimal rate: '1,27'",
                        "line 15 usd_per_unit: USD is 1 USD per unit by definition, not 1.01",
                        "line 16 -: expected at least 3 fields, found 2",
                        "line 17 -: expected at least 3 fields, found 0",
                        "line 18 date,currency: duplicate rate for 2022-09-01:EUR: already stated at line 2; loaded once",
                        "line 19 usd_per_unit: conflicting rate for 2022-09-01:EUR: 1.11 here, 1.1 already loaded from"
                                + " line 2; the first is kept",
                        "line 20 date: not an ISO date (yyyy-MM-dd): '2024-01-02T00:00'",
                        "line 21 usd_per_unit: not a plain decimal rate: 'NaN'",
                        "line 22 usd_per_unit: missing value",
                        "line 25 currency: unknown currency 'NOTACHAIN:X' (not ISO 4217, and 'NOTACHAIN' is not a"
                                + " chain)",
                        "line 26 usd_per_unit: not a plain decimal rate: '１.２７'");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("file").asString()).endsWith("bad-rates.csv"));
        assertThat(result.skipped()).isEqualTo(22);
        var queries = queries();
        assertThat(queries.count("MATCH (r:FxRate) RETURN count(r) AS c")).isEqualTo(3);
        assertThat(queries.single("MATCH (r:FxRate {key: '2022-09-01:EUR'}) RETURN r.rate AS s"))
                .isEqualTo("1.1");
        assertThat(queries.single("MATCH (r:FxRate {key: '2024-01-03:EUR'}) RETURN r.rate + ' ' + r.source AS s"))
                .as("a lower-case code and spaces are accepted; an empty source is the file name")
                .isEqualTo("1.095 bad-rates.csv");
        assertThat(queries.single("MATCH (r:FxRate {key: '2024-01-04:BITCOIN:BTC'}) RETURN r.rate AS s"))
                .isEqualTo("123456789012345678901234567890.123456");
    }

    @Test
    void a_second_file_cannot_change_a_rate_already_loaded(@TempDir Path dir) throws Exception {
        load(FIXTURES.resolve("rates.csv"));
        var other = Files.writeString(
                dir.resolve("revised.csv"),
                "date,currency,usd_per_unit,source\n2022-09-01,EUR,0.9988,revised\n2022-09-01,CNY,0.144928,PBOC\n");

        var result = load(other);

        assertThat(GraphQueries.rejects(result).stream()
                        .map(GraphQueries::describe)
                        .toList())
                .containsExactly("line 2 usd_per_unit: conflicting rate for 2022-09-01:EUR: 0.9988 here, 0.9987"
                        + " already loaded from another file's line 2; the first is kept");
        var queries = queries();
        assertThat(queries.single("MATCH (r:FxRate {key: '2022-09-01:EUR'}) RETURN r.rate + ' ' + size(r.prov) AS s"))
                .isEqualTo("0.9987 1");
        assertThat(queries.single("MATCH (r:FxRate {key: '2022-09-01:CNY'}) RETURN r.rate + ' ' + size(r.prov) AS s"))
                .as("the same rate from a second file adds its provenance")
                .isEqualTo("0.144928 2");
    }

    @Test
    void an_asset_configured_at_par_is_valued_at_one_dollar_without_a_rate() {
        var usdt = Asset.token(Chain.ETHEREUM, "0xdAC17F958D2ee523a2206206994597C13D831ec7", "USDT", 6);
        var source = SourceFile.ofContent("test transfer".getBytes(), "test:par");
        new TransferWriter(graph)
                .write(List.of(new Transfer(
                        "ETHEREUM:0xabc:0",
                        WalletRef.of(Chain.ETHEREUM, "0x1111111111111111111111111111111111111111"),
                        WalletRef.of(Chain.ETHEREUM, "0x2222222222222222222222222222222222222222"),
                        Money.parse("2500.000001", usdt),
                        Instant.parse("2024-03-01T10:00:00Z"),
                        null,
                        null,
                        new Provenance("test-1", source.sha256(), "tx 0xabc log 0"))));

        var result = load(FIXTURES.resolve("rates.csv"));

        assertThat(result.counts()).containsEntry("transfersValued", 1L);
        assertThat(
                        queries()
                                .single(
                                        "MATCH ()-[t:TRANSFER {id: 'ETHEREUM:0xabc:0'}]->() RETURN t.usd + ' at ' + t.usdRate + ' from ' + t.usdRateSource AS s"))
                .isEqualTo("2500.00 at 1 from par (flowtrace.fx.par-assets)");
    }

    @Test
    void files_that_are_not_rate_files_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("empty.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("empty file");
        assertThatThrownBy(() -> load(FIXTURES.resolve("wrong-header.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("the header has no column 'date' (header: day,ccy,rate;");
        assertThatThrownBy(() -> load(FIXTURES.resolve("rates.xml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("looks like XML or JSON");
        assertThat(queries().count("MATCH (r:FxRate) RETURN count(r) AS c")).isZero();
    }

    @Test
    void running_the_same_file_again_adds_nothing(@TempDir Path dir) throws IOException {
        loadLedger();
        var file = Files.copy(FIXTURES.resolve("rates.csv"), dir.resolve("rates.csv"));
        assertThat(launcher.launch(job, file, Map.of(), false).status()).isEqualTo("COMPLETED");
        var before = queries().checksum();

        var again = launcher.launch(job, file, Map.of(), false);
        var forced = launcher.launch(job, file, Map.of(), true);

        assertThat(again.status()).isEqualTo("ALREADY_LOADED");
        assertThat(forced.status()).isEqualTo("COMPLETED");
        assertThat(forced.skipped()).isZero();
        assertThat(forced.counts()).containsEntry("transfersValued", 0L).containsEntry("transfersWithoutRate", 2L);
        assertThat(queries().checksum()).isEqualTo(before);
    }

    @Test
    void a_run_failing_while_valuing_resumes_without_loading_the_rates_again(@TempDir Path dir) throws Exception {
        loadLedger();
        var file = Files.copy(FIXTURES.resolve("rates.csv"), dir.resolve("rates.csv"));
        var writes = new AtomicInteger();
        ItemWriter<Valuation> real = new TransferValuationItemWriter(graph);
        ItemWriter<Valuation> failingOnce = chunk -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("the database went away");
            }
            real.write(chunk);
        };
        var source = SourceFile.of(file);
        var parameters = new JobParametersBuilder()
                .addString(IngestParameters.INPUT, file.toString(), true)
                .addString(IngestParameters.SHA256, source.sha256(), true)
                .addLong(IngestParameters.BYTES, source.bytes(), false)
                .toJobParameters();

        var failed = jobOperator.start(job.job(file, failingOnce), parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(queries().count("MATCH (r:FxRate) RETURN count(r) AS c")).isEqualTo(4);

        var resumed = launcher.launch(job, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read())
                .as("only the transfers after the first committed page")
                .isEqualTo(3);
        assertThat(usdOf("EUR1")).startsWith("998.70 at 0.9987");
        assertThat(usdOf("CNY1")).startsWith("1789.23 at 0.144928");
        assertThat(usdOf("CNY3")).startsWith("0.00 at 0.1449");
        assertThat(queries().count("MATCH ()-[t:TRANSFER]->() WHERE t.usd IS NULL RETURN count(t) AS c"))
                .isEqualTo(2);
    }

    private void loadLedger() {
        var result = launcher.launch(ledger, FIXTURES.resolve("ledger-for-fx.csv"), Map.of(), true);
        assertThat(result.written()).isEqualTo(7);
    }

    private String usdOf(String fromAccount) {
        return queries().single("""
                        MATCH (a:Account)-[t:TRANSFER]->() WHERE a.number = $account
                        RETURN CASE WHEN t.usd IS NULL THEN null
                               ELSE t.usd + ' at ' + t.usdRate + ' from ' + t.usdRateSource + ' of ' + toString(t.usdRateDate)
                               END AS s
                        """, Map.of("account", fromAccount));
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }

    private GraphQueries queries() {
        return new GraphQueries(graph);
    }
}

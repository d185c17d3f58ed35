package org.flowtrace.samples.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowtrace.graph.model.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a generated data set back — the TronGrid pages, the ethereum-etl CSV, the TagPack and the
 * ledger — and checks that every planted pattern, ransom payment and look-alike payment the truth
 * names is in the files under the key the truth gives, and that the files are what their formats say.
 */
class ChainDataSetTest {

    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final Map<String, Currencies> BY_NAME =
            Arrays.stream(Currencies.values()).collect(Collectors.toMap(Currencies::amlworldName, Function.identity()));

    /** A transfer as read back from a chain file. */
    record Read(String key, String from, String to, BigInteger value, long epochSecond) {}

    @TempDir
    static Path dir;

    static GroundTruth truth;
    static Map<String, Read> tron = new HashMap<>();
    static Map<String, Read> ethereum = new HashMap<>();
    static Map<String, String[]> ledger = new HashMap<>();

    @BeforeAll
    static void generate_and_read_back() throws IOException {
        new LedgerGenerator(new GeneratorOptions(5, 3_000, 40_000, 0.01, GeneratorOptions.DEFAULT_START, dir))
                .generate(n -> {});
        truth = JsonMapper.shared().readValue(dir.resolve(GroundTruth.FILE_NAME).toFile(), GroundTruth.class);
        var json = JsonMapper.shared();
        for (var file : truth.files().tronFiles()) {
            var pages = json.readTree(dir.resolve(file).toFile());
            assertThat(pages.isArray()).isTrue();
            for (var page : pages) {
                assertThat(page.get("success").asBoolean()).isTrue();
                assertThat(page.get("data").size())
                        .isEqualTo(page.get("meta").get("page_size").asInt())
                        .isLessThanOrEqualTo(200);
                for (var event : page.get("data")) {
                    var read = tronEvent(event);
                    assertThat(tron.put(read.key(), read)).as(read.key()).isNull();
                }
            }
        }
        var lines = Files.readAllLines(dir.resolve(truth.files().ethereum()).resolve("token_transfers.csv"));
        assertThat(lines.get(0))
                .isEqualTo(
                        "token_address,from_address,to_address,value,transaction_hash,log_index,block_number,block_timestamp");
        long block = -1;
        int expectedIndex = 0;
        for (var line : lines.subList(1, lines.size())) {
            var f = line.split(",", -1);
            assertThat(f[0]).isEqualTo("0xdac17f958d2ee523a2206206994597c13d831ec7");
            long number = Long.parseLong(f[6]);
            expectedIndex = number == block ? expectedIndex + 1 : 0;
            assertThat(number).isGreaterThanOrEqualTo(block);
            block = number;
            assertThat(Integer.parseInt(f[5]))
                    .as("log index within block %d", number)
                    .isEqualTo(expectedIndex);
            assertThat(Long.parseLong(f[7])).isEqualTo(1_661_990_400L + (number - 15_449_618L) * 12);
            var read = new Read(
                    "ETHEREUM:" + f[4] + ":" + f[5],
                    "ETHEREUM:" + f[1],
                    "ETHEREUM:" + f[2],
                    new BigInteger(f[3]),
                    Long.parseLong(f[7]));
            assertThat(ethereum.put(read.key(), read)).isNull();
        }
        var rows = Files.readAllLines(dir.resolve(truth.files().ledger()), StandardCharsets.UTF_8);
        for (var line : rows.subList(1, rows.size())) {
            var f = line.split(",", -1);
            ledger.put(ledgerKey(f), f);
        }
    }

    @Test
    void every_on_chain_transfer_of_every_planted_pattern_is_in_the_files_under_its_key() {
        var onChain =
                truth.patterns().stream().filter(p -> !p.transfers().isEmpty()).toList();
        assertThat(onChain)
                .extracting(GroundTruth.Pattern::typology)
                .contains("PEEL_CHAIN", "EXCHANGE_PAYOUTS", "RANSOM");
        for (var pattern : onChain) {
            var members = Set.copyOf(pattern.accounts());
            for (var key : pattern.transfers()) {
                var read = key.startsWith("TRON:") ? tron.get(key) : ethereum.get(key);
                assertThat(read).as(pattern.id() + " " + key).isNotNull();
                assertThat(members).as(pattern.id()).contains(read.from(), read.to());
            }
        }
    }

    @Test
    void every_ransom_and_look_alike_payment_is_in_its_file_with_its_payer_receiver_amount_and_reference() {
        assertThat(truth.ransoms()).extracting(GroundTruth.Payment::format).contains("ledger", "tron");
        assertThat(truth.remittances()).isNotEmpty();
        var all = new ArrayList<>(truth.ransoms());
        all.addAll(truth.remittances());
        for (var payment : all) {
            if (payment.format().equals("tron")) {
                var read = tron.get(payment.transfer());
                assertThat(read).as(payment.transfer()).isNotNull();
                assertThat(read.from()).isEqualTo(payment.payer());
                assertThat(read.to()).isEqualTo(payment.receiver());
                assertThat(new BigDecimal(read.value(), 6)).isEqualByComparingTo(payment.usd());
                assertThat(payment.reference()).isNull();
            } else {
                var row = ledger.get(payment.transfer());
                assertThat(row).as(payment.transfer()).isNotNull();
                assertThat(row[1] + ":" + row[2]).isEqualTo(payment.payer());
                assertThat(row[3] + ":" + row[4]).isEqualTo(payment.receiver());
                assertThat(row[11]).isEqualTo(payment.reference() == null ? "" : payment.reference());
                var paid = new BigDecimal(row[7]).multiply(BY_NAME.get(row[8]).usdPerUnit());
                assertThat(paid.subtract(new BigDecimal(payment.usd())).abs())
                        .isLessThan(BY_NAME.get(row[8]).usdPerUnit());
            }
        }
        var references = truth.ransoms().stream()
                .map(GroundTruth.Payment::reference)
                .collect(Collectors.toCollection(HashSet::new));
        assertThat(references).as("some ransom payments carry no reference").contains((String) null);
    }

    @Test
    void tron_addresses_are_base58check_of_0x41_and_twenty_bytes() {
        var wallets = new HashSet<String>();
        tron.values().forEach(r -> wallets.addAll(List.of(r.from(), r.to())));
        truth.patterns()
                .forEach(p ->
                        p.accounts().stream().filter(a -> a.startsWith("TRON:")).forEach(wallets::add));
        assertThat(wallets).hasSizeGreaterThan(100);
        for (var key : wallets) {
            var address = key.substring("TRON:".length());
            assertThat(address).hasSize(34).startsWith("T");
            var payload = decodeChecked(address);
            assertThat(payload).hasSize(21);
            assertThat(payload[0]).isEqualTo((byte) 0x41);
        }
    }

    @Test
    void peel_chains_forward_most_of_what_arrives_and_peel_small_parts_off_hop_by_hop() {
        var chains = truth.patterns().stream()
                .filter(p -> p.typology().equals("PEEL_CHAIN"))
                .toList();
        assertThat(chains).hasSizeGreaterThanOrEqualTo(3);
        for (var chain : chains) {
            var transfers = chain.transfers().stream()
                    .map(k -> k.startsWith("TRON:") ? tron.get(k) : ethereum.get(k))
                    .toList();
            var origin = chain.accounts().get(0);
            var received = new HashMap<String, BigInteger>();
            var sent = new HashMap<String, BigInteger>();
            var largestOut = new HashMap<String, BigInteger>();
            for (var t : transfers) {
                received.merge(t.to(), t.value(), BigInteger::add);
                sent.merge(t.from(), t.value(), BigInteger::add);
                largestOut.merge(t.from(), t.value(), BigInteger::max);
            }
            var hops = sent.keySet().stream()
                    .filter(w -> !w.equals(origin) && received.containsKey(w))
                    .toList();
            assertThat(hops).as(chain.id()).hasSizeGreaterThanOrEqualTo(5);
            for (var hop : hops) {
                var in = new BigDecimal(received.get(hop));
                assertThat(new BigDecimal(sent.get(hop)).divide(in, 6, java.math.RoundingMode.DOWN))
                        .as("%s %s passes on what it received, but for dust", chain.id(), hop)
                        .isBetween(new BigDecimal("0.9998"), BigDecimal.ONE);
                assertThat(new BigDecimal(largestOut.get(hop)).divide(in, 6, java.math.RoundingMode.DOWN))
                        .as("%s %s forwards the largest part", chain.id(), hop)
                        .isGreaterThan(new BigDecimal("0.74"));
            }
            assertThat(transfers).extracting(Read::epochSecond).isSorted();
        }
    }

    @Test
    void the_tagpack_tags_every_exchange_wallet_the_peels_and_payouts_use() throws IOException {
        var yaml = Files.readString(dir.resolve(truth.files().tagpacks()));
        assertThat(yaml).contains("category: exchange", "network: TRX", "network: ETH");
        var tagged = yaml.lines()
                .filter(l -> l.startsWith("- address: '"))
                .map(l -> l.substring(12, l.length() - 1))
                .collect(Collectors.toSet());
        assertThat(tagged).hasSize(2 * 3 * 26);
        for (var payout : truth.patterns().stream()
                .filter(p -> p.typology().equals("EXCHANGE_PAYOUTS"))
                .toList()) {
            var hot = payout.accounts().get(0);
            assertThat(tagged).contains(hot.substring(hot.indexOf(':') + 1));
        }
    }

    private static Read tronEvent(JsonNode event) {
        var result = event.get("result");
        var from = tronAddress(result.get("from").asString());
        var to = tronAddress(result.get("to").asString());
        var value = result.get("value").asString();
        long block = event.get("block_number").asLong();
        long millis = event.get("block_timestamp").asLong();
        assertThat(millis).isEqualTo((1_661_990_400L + (block - 44_000_000L) * 3) * 1000);
        assertThat(event.get("contract_address").asString()).isEqualTo("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        var tx = event.get("transaction_id").asString();
        assertThat(tx).matches("[0-9a-f]{64}");
        var content = String.join("|", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", from, to, value);
        return new Read(
                "TRON:" + tx + ":trc20:" + Sha256.hex(content).substring(0, 16),
                "TRON:" + from,
                "TRON:" + to,
                new BigInteger(value),
                millis / 1000);
    }

    /** The base58check spelling of an event's {@code 0x…} address (0x41 prefixed). */
    private static String tronAddress(String evmHex) {
        var payload = new byte[21];
        payload[0] = 0x41;
        System.arraycopy(HexFormat.of().parseHex(evmHex.substring(2)), 0, payload, 1, 20);
        return Base58Check.encode(payload);
    }

    /** Decodes base58check and verifies its checksum, independently of the generator's encoder. */
    private static byte[] decodeChecked(String text) {
        var number = BigInteger.ZERO;
        for (char c : text.toCharArray()) {
            int digit = ALPHABET.indexOf(c);
            assertThat(digit).as("base58 character %s", c).isNotNegative();
            number = number.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        var bytes = number.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        var payload = Arrays.copyOf(bytes, bytes.length - 4);
        var digest = Sha256.digest();
        var check = digest.digest(digest.digest(payload));
        assertThat(Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length))
                .as("checksum of %s", text)
                .isEqualTo(Arrays.copyOf(check, 4));
        return payload;
    }

    /** The key ingest-jobs' LedgerRowProcessor gives a row of this layout, computed from the row as written. */
    private static String ledgerKey(String[] f) {
        var at = LocalDateTime.parse(f[0], MINUTE).toInstant(ZoneOffset.UTC).toString();
        var paidCode = BY_NAME.get(f[8]).name();
        var receivedCode = BY_NAME.get(f[6]).name();
        boolean same = f[5].equals(f[7]) && paidCode.equals(receivedCode);
        return "ledger:"
                + Sha256.hex(String.join(
                        "\u001f",
                        f[1],
                        f[2],
                        f[3],
                        f[4],
                        at,
                        f[7],
                        paidCode,
                        same ? "" : f[5],
                        same ? "" : receivedCode,
                        f[9],
                        f[11]));
    }
}

package org.flowtrace.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compound case's {@code truth.json} agrees with its source files: every transfer it names is in
 * the file it names, between the accounts or wallets it names, with its amount and time; every
 * account and wallet it names moves money in some transfer; and the restitution figures add up to
 * no more than the frozen balance of the statement.
 */
class CompoundCaseTruthTest {

    private static final String USDT_TRON = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final List<String> METHODS = List.of("poison", "haircut", "fifo", "lifo", "libr");

    private static Path folder;
    private static JsonNode truth;
    private static Map<String, JsonNode> transfers;

    @BeforeAll
    static void read_the_truth() throws URISyntaxException {
        folder = Path.of(Objects.requireNonNull(
                                CompoundCaseTruthTest.class.getResource("/ledgers/compound-case/truth.json"))
                        .toURI())
                .getParent();
        truth = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("truth.json").toFile());
        transfers = new HashMap<>();
        for (var transfer : truth.get("transfers")) {
            assertThat(transfers.put(transfer.get("id").asString(), transfer))
                    .as("transfer id %s listed once", transfer.get("id").asString())
                    .isNull();
        }
    }

    @Test
    void every_ledger_transfer_is_a_row_of_the_ledger_with_its_accounts_amount_and_time() throws IOException {
        var lines = Files.readAllLines(folder.resolve("ledger.csv"), StandardCharsets.UTF_8);
        var rows = new HashMap<String, String[]>();
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.split(",", -1);
            rows.put("ledger:" + fields[0], fields);
        }
        var named = transfersOf("ledger.csv");
        assertThat(named).hasSize(rows.size());
        for (var transfer : named) {
            var row = rows.get(id(transfer));
            assertThat(row).as(id(transfer)).isNotNull();
            assertThat(row[2] + ":" + row[3]).isEqualTo(text(transfer, "from"));
            assertThat(row[4] + ":" + row[5]).isEqualTo(text(transfer, "to"));
            assertThat(row[6]).isEqualTo(text(transfer, "amount"));
            assertThat(row[7]).isEqualTo(text(transfer, "asset"));
            assertThat(utc(OffsetDateTime.parse(row[1]).toInstant())).isEqualTo(text(transfer, "at"));
            assertThat(row[11]).isEqualTo(text(transfer, "reference"));
        }
    }

    @Test
    void every_goaml_transfer_is_a_transaction_of_its_report() {
        for (var file : List.of("goaml/str-mekong-kingdom-bank.xml", "goaml/str-siam-riverside-bank.xml")) {
            var report = xml(file);
            var rentity = childText(report, "rentity_id");
            var found = new HashMap<String, Element>();
            for (var transaction : children(report, "transaction")) {
                found.put("goaml:" + rentity + ":" + childText(transaction, "transactionnumber"), transaction);
            }
            var named = transfersOf(file);
            assertThat(named).hasSize(found.size());
            for (var transfer : named) {
                var transaction = found.get(id(transfer));
                assertThat(transaction).as(id(transfer)).isNotNull();
                assertThat(childText(transaction, "amount_local")).isEqualTo(text(transfer, "amount"));
                assertThat(childText(report, "currency_code_local")).isEqualTo(text(transfer, "asset"));
                assertThat(utc(OffsetDateTime.parse(childText(transaction, "date_transaction"))
                                .toInstant()))
                        .isEqualTo(text(transfer, "at"));
                assertThat(goamlAccount(transaction, "from")).isEqualTo(text(transfer, "from"));
                assertThat(goamlAccount(transaction, "to")).isEqualTo(text(transfer, "to"));
            }
        }
    }

    @Test
    void every_statement_transfer_is_a_booked_entry_of_the_camt053_statement() {
        var file = "camt053/sok-vannak-2026-03.xml";
        var statement = (Element) xml(file).getElementsByTagName("Stmt").item(0);
        var account = text(truth.get("restitution"), "account");
        var entries = new HashMap<String, Element>();
        for (var entry : children(statement, "Ntry")) {
            entries.put("camt:" + account + ":" + childText(entry, "AcctSvcrRef") + ":1", entry);
        }
        var named = transfersOf(file);
        assertThat(named).hasSize(entries.size());
        for (var transfer : named) {
            var entry = entries.get(id(transfer));
            assertThat(entry).as(id(transfer)).isNotNull();
            assertThat(childText(entry, "Amt")).isEqualTo(text(transfer, "amount"));
            var credit = childText(entry, "CdtDbtInd").equals("CRDT");
            var agent = descendantText(entry, credit ? "DbtrAgt" : "CdtrAgt", "BICFI");
            var other = agent + ":" + descendantText(entry, credit ? "DbtrAcct" : "CdtrAcct", "Id");
            assertThat(credit ? text(transfer, "from") : text(transfer, "to")).isEqualTo(other);
            assertThat(credit ? text(transfer, "to") : text(transfer, "from")).isEqualTo(account);
        }
    }

    @Test
    void every_tron_transfer_is_an_event_with_its_wallets_amount_and_content_key() throws IOException {
        var events = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("tron/usdt-events.json").toFile());
        var keys = new HashSet<String>();
        for (var event : events.get("data")) {
            var from = tronBase58(event.get("result").get("from").asString());
            var to = tronBase58(event.get("result").get("to").asString());
            var value = event.get("result").get("value").asString();
            var key = "TRON:" + event.get("transaction_id").asString() + ":trc20:"
                    + sha256(String.join("|", USDT_TRON, from, to, value)).substring(0, 16);
            keys.add(key);
            var transfer = transfers.get(key);
            assertThat(transfer).as(key).isNotNull();
            assertThat(text(transfer, "from")).isEqualTo("TRON:" + from);
            assertThat(text(transfer, "to")).isEqualTo("TRON:" + to);
            assertThat(new BigDecimal(text(transfer, "amount"))
                            .movePointRight(6)
                            .toBigIntegerExact())
                    .isEqualTo(new BigInteger(value));
            assertThat(utc(Instant.ofEpochMilli(event.get("block_timestamp").asLong())))
                    .isEqualTo(text(transfer, "at"));
        }
        assertThat(ids(transfersOf("tron/usdt-events.json"))).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void every_ethereum_transfer_is_a_usdt_log_with_a_block_timestamp() throws IOException {
        var mapper = JsonMapper.builder().build();
        var times = new HashMap<String, Long>();
        for (var block : mapper.readTree(folder.resolve("ethereum/blocks.json").toFile())) {
            times.put(
                    block.get("result").get("number").asString(),
                    Long.parseLong(
                            block.get("result").get("timestamp").asString().substring(2), 16));
        }
        var keys = new HashSet<String>();
        for (var log : mapper.readTree(folder.resolve("ethereum/usdt-logs.json").toFile())
                .get("result")) {
            var key = "ETHEREUM:" + log.get("transactionHash").asString() + ":"
                    + Long.parseLong(log.get("logIndex").asString().substring(2), 16);
            keys.add(key);
            var transfer = transfers.get(key);
            assertThat(transfer).as(key).isNotNull();
            assertThat(log.get("address").asString()).isEqualTo("0xdac17f958d2ee523a2206206994597c13d831ec7");
            assertThat(text(transfer, "from"))
                    .isEqualTo(
                            "ETHEREUM:0x" + log.get("topics").get(1).asString().substring(26));
            assertThat(text(transfer, "to"))
                    .isEqualTo(
                            "ETHEREUM:0x" + log.get("topics").get(2).asString().substring(26));
            assertThat(new BigDecimal(text(transfer, "amount"))
                            .movePointRight(6)
                            .toBigIntegerExact())
                    .isEqualTo(new BigInteger(log.get("data").asString().substring(2), 16));
            var time = times.get(log.get("blockNumber").asString());
            assertThat(time).as("block of %s", key).isNotNull();
            assertThat(utc(Instant.ofEpochSecond(time))).isEqualTo(text(transfer, "at"));
        }
        assertThat(ids(transfersOf("ethereum/usdt-logs.json"))).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    void every_account_and_wallet_the_truth_names_moves_money_in_a_listed_transfer() {
        var endpoints = new HashSet<String>();
        for (var transfer : transfers.values()) {
            endpoints.add(text(transfer, "from"));
            endpoints.add(text(transfer, "to"));
        }
        var named = new ArrayList<String>();
        for (var pattern : truth.get("patterns")) {
            pattern.get("accounts").forEach(a -> named.add(a.asString()));
            pattern.get("wallets").forEach(w -> named.add(w.asString()));
            for (var id : pattern.get("transfers")) {
                assertThat(transfers).as("pattern %s", text(pattern, "type")).containsKey(id.asString());
            }
        }
        for (var ransom : truth.get("ransoms")) {
            named.add(text(ransom, "payer"));
            named.add(text(ransom, "receiver"));
            var transfer = transfers.get(text(ransom, "transfer"));
            assertThat(transfer).as(text(ransom, "transfer")).isNotNull();
            assertThat(text(transfer, "from")).isEqualTo(text(ransom, "payer"));
            assertThat(text(transfer, "to")).isEqualTo(text(ransom, "receiver"));
            assertThat(text(transfer, "amount")).isEqualTo(text(ransom, "amount"));
            assertThat(text(transfer, "at")).isEqualTo(text(ransom, "at"));
        }
        truth.get("mules").forEach(m -> named.add(text(m, "account")));
        truth.get("coercedWorkers").forEach(w -> named.add(text(w, "wallet")));
        truth.get("exchangeDepositWallets").forEach(w -> named.add(w.asString()));
        truth.get("operatorWallets").forEach(w -> named.add(w.asString()));
        truth.get("restitution").get("victims").forEach(v -> named.add(text(v, "account")));
        named.add(text(truth.get("restitution"), "account"));

        assertThat(endpoints).containsAll(named);
    }

    @Test
    void ransoms_are_between_three_and_twenty_thousand_dollars_and_their_references_disguise_them() {
        for (var ransom : truth.get("ransoms")) {
            var usd = text(ransom, "sentCurrency").equals("CNY")
                    ? new BigDecimal(text(ransom, "receivedAmount"))
                    : new BigDecimal(text(ransom, "sentAmount"));
            assertThat(usd).isBetween(new BigDecimal("3000"), new BigDecimal("20000"));
            var reference = ransom.get("reference");
            if (!reference.isNull()) {
                assertThat(reference.asString()).containsAnyOf("debt", "fee", "release", "ticket");
            }
        }
    }

    @Test
    void each_coerced_worker_forwards_all_the_victims_money_received() {
        for (var worker : truth.get("coercedWorkers")) {
            var wallet = text(worker, "wallet");
            var in = BigDecimal.ZERO;
            var out = BigDecimal.ZERO;
            for (var transfer : transfers.values()) {
                if (text(transfer, "to").equals(wallet)) {
                    in = in.add(new BigDecimal(text(transfer, "amount")));
                }
                if (text(transfer, "from").equals(wallet)) {
                    out = out.add(new BigDecimal(text(transfer, "amount")));
                }
            }
            assertThat(in).isEqualByComparingTo(text(worker, "inTotal"));
            assertThat(out).isEqualByComparingTo(in);
        }
    }

    @Test
    void restitution_per_method_sums_to_no_more_than_the_frozen_balance_of_the_statement() {
        var restitution = truth.get("restitution");
        var account = text(restitution, "account");
        var balance = BigDecimal.ZERO;
        for (var transfer : transfersOf("camt053/sok-vannak-2026-03.xml")) {
            var amount = new BigDecimal(text(transfer, "amount"));
            balance = text(transfer, "to").equals(account) ? balance.add(amount) : balance.subtract(amount);
        }
        var frozen = new BigDecimal(text(restitution, "frozen"));
        assertThat(balance).isEqualByComparingTo(frozen);
        assertThat(closingBalance()).isEqualByComparingTo(frozen);

        for (var method : METHODS) {
            var total = BigDecimal.ZERO;
            for (var victim : restitution.get("victims")) {
                var share = new BigDecimal(victim.get("restitution").get(method).asString());
                assertThat(share)
                        .as("%s of %s", method, text(victim, "victim"))
                        .isBetween(BigDecimal.ZERO, paidIn(victim));
                total = total.add(share);
            }
            assertThat(total).as(method).isLessThanOrEqualTo(frozen);
            var clean = new BigDecimal(
                    restitution.get("accountHolderCleanFunds").get(method).asString());
            assertThat(total.add(clean))
                    .as("%s: victims and holder share the frozen balance", method)
                    .isEqualByComparingTo(frozen);
        }
        for (var victim : restitution.get("victims")) {
            var transfer = transfers.get(text(victim, "transfer"));
            assertThat(text(transfer, "from")).isEqualTo(text(victim, "account"));
            assertThat(new BigDecimal(text(transfer, "amount"))).isEqualByComparingTo(paidIn(victim));
        }
    }

    @Test
    void the_fx_rates_cover_every_non_dollar_currency_and_utc_day_of_the_bank_transfers() throws IOException {
        var rates = new HashSet<String>();
        var lines = Files.readAllLines(folder.resolve("fx-rates.csv"), StandardCharsets.UTF_8);
        for (var line : lines.subList(1, lines.size())) {
            var fields = line.split(",");
            rates.add(fields[0] + ":" + fields[1]);
        }
        for (var transfer : transfers.values()) {
            for (var asset : List.of("asset", "receivedAsset")) {
                var code = transfer.has(asset) ? text(transfer, asset) : "USD";
                if (!code.equals("USD") && !code.contains(":")) {
                    assertThat(rates)
                            .as(id(transfer))
                            .contains(text(transfer, "at").substring(0, 10) + ":" + code);
                }
            }
        }
    }

    @Test
    void the_tagpack_tags_the_exchange_deposit_and_operator_wallets() throws IOException {
        var pack = Files.readString(folder.resolve("tagpack.yaml"), StandardCharsets.UTF_8)
                .toLowerCase(java.util.Locale.ROOT);
        for (var list : List.of("exchangeDepositWallets", "operatorWallets")) {
            for (var wallet : truth.get(list)) {
                var address = wallet.asString().substring(wallet.asString().indexOf(':') + 1);
                assertThat(pack).as(list).contains("address: '" + address.toLowerCase(java.util.Locale.ROOT) + "'");
            }
        }
    }

    // ---- helpers

    private static List<JsonNode> transfersOf(String file) {
        return transfers.values().stream()
                .filter(t -> text(t, "file").equals(file))
                .toList();
    }

    private static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(CompoundCaseTruthTest::id).toList();
    }

    private static String id(JsonNode transfer) {
        return text(transfer, "id");
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        assertThat(value).as("field %s", field).isNotNull();
        return value.asString();
    }

    private static BigDecimal paidIn(JsonNode victim) {
        return new BigDecimal(text(victim, "paidIn"));
    }

    private static String utc(Instant instant) {
        return instant.toString();
    }

    private static BigDecimal closingBalance() {
        var statement = xml("camt053/sok-vannak-2026-03.xml");
        for (var balance :
                children((Element) statement.getElementsByTagName("Stmt").item(0), "Bal")) {
            if (descendantText(balance, "Tp", "Cd").equals("CLBD")) {
                return new BigDecimal(childText(balance, "Amt"));
            }
        }
        throw new AssertionError("the statement has no closing balance");
    }

    private static String goamlAccount(Element transaction, String side) {
        for (var wrapper : List.of("t_" + side, "t_" + side + "_my_client")) {
            var sides = children(transaction, wrapper);
            if (!sides.isEmpty()) {
                var account = children(sides.get(0), side + "_account").get(0);
                return childText(account, "swift") + ":" + childText(account, "account");
            }
        }
        throw new AssertionError("no " + side + " side");
    }

    private static Element xml(String file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder()
                    .parse(folder.resolve(file).toFile())
                    .getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(file + " is not well-formed XML", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String childText(Element parent, String name) {
        var found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
        return found.get(0).getTextContent().strip();
    }

    private static String descendantText(Element parent, String... path) {
        Element current = parent;
        for (var name : path) {
            current = (Element) current.getElementsByTagName(name).item(0);
            assertThat(current).as("<%s> in %s", name, Arrays.toString(path)).isNotNull();
        }
        return current.getTextContent().strip();
    }

    /** A TronGrid event address (0x + 20 bytes) as base58check of 0x41 + those bytes. */
    private static String tronBase58(String hex) {
        var payload = new byte[21];
        payload[0] = 0x41;
        System.arraycopy(HexFormat.of().parseHex(hex.substring(2)), 0, payload, 1, 20);
        var checked = Arrays.copyOf(payload, 25);
        System.arraycopy(doubleSha256(payload), 0, checked, 21, 4);
        var number = new BigInteger(1, checked);
        var out = new StringBuilder();
        while (number.signum() > 0) {
            var division = number.divideAndRemainder(BigInteger.valueOf(58));
            out.insert(0, BASE58.charAt(division[1].intValue()));
            number = division[0];
        }
        return out.toString();
    }

    private static byte[] doubleSha256(byte[] bytes) {
        return digest(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.flowtrace.ingest.erc20;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.ethereum.EtlRecords;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.ethereum.JsonEnvelopeParser;
import org.flowtrace.ingest.ethereum.JsonRpcRecords;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Erc20TransferDecoderTest {

    private static final Path ETL = Path.of("../../shared/reference-data/ethereum/ethereum-etl");
    private static final Path MAINNET_2023 = ETL.resolve("test_stream/blocks_17173049_17173050");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = "test";
    private static final String TRANSFER = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    private static final String ALICE = "0x000000000000000000000000" + "a".repeat(40);
    private static final String BOB = "0x000000000000000000000000" + "b".repeat(40);
    private static final String ONE_USDT = "0x" + "0".repeat(58) + "0f4240";

    @Test
    void the_transfer_topic_is_the_keccak_of_the_event_signature() {
        assertThat(Erc20TransferDecoder.TRANSFER_TOPIC).isEqualTo(TRANSFER);
    }

    @Test
    void decodes_the_291_token_transfers_of_mainnet_blocks_17173049_and_17173050_as_ethereum_etl_does()
            throws IOException {
        Assumptions.assumeTrue(Files.exists(MAINNET_2023), "shared reference data present");
        var decoded = new HashMap<String, TokenTransferLog>();
        int lineNumber = 0;
        for (var line : Files.readAllLines(MAINNET_2023.resolve("expected_logs.json"))) {
            var record = (EvmExportRecord.Log) EtlRecords.ofJsonLine(line, ++lineNumber);
            var log = EvmLogDecoder.decode(record.log(), SOURCE);
            Erc20TransferDecoder.decode(log, SOURCE)
                    .ifPresent(transfer -> decoded.put(log.transactionHash() + ":" + log.logIndex(), transfer));
        }
        var expected = lines(MAINNET_2023.resolve("expected_token_transfers.json"));

        assertThat(expected).hasSize(291);
        assertThat(decoded).hasSize(291);
        var erc721 = new ArrayList<String>();
        for (var row : expected) {
            var key = row.get("transaction_hash").asString() + ":"
                    + row.get("log_index").asLong();
            var transfer = decoded.get(key);
            assertThat(transfer).as(key).isNotNull();
            var log = transfer.log();
            BigInteger value = switch (transfer) {
                case Erc20Transfer erc20 -> erc20.value();
                case Erc721Transfer nft -> {
                    erc721.add(key);
                    yield nft.tokenId();
                }
            };
            assertThat(log.address()).as(key).isEqualTo(row.get("token_address").asString());
            assertThat(transfer.from())
                    .as(key)
                    .isEqualTo(row.get("from_address").asString());
            assertThat(transfer.to()).as(key).isEqualTo(row.get("to_address").asString());
            assertThat(value).as(key).isEqualTo(row.get("value").bigIntegerValue());
            assertThat(log.blockNumber())
                    .as(key)
                    .isEqualTo(row.get("block_number").asLong());
            assertThat(log.blockHash()).as(key).isEqualTo(row.get("block_hash").asString());
            assertThat(log.blockTimestamp().getEpochSecond())
                    .as(key)
                    .isEqualTo(row.get("block_timestamp").asLong());
        }
        assertThat(erc721)
                .as("ERC-721 transfers ethereum-etl exports as token transfers")
                .hasSize(9);
        assertThat(decoded.values())
                .filteredOn(t -> t instanceof Erc721Transfer)
                .allSatisfy(t -> assertThat(t.log().topics()).hasSize(4));
    }

    @Test
    void the_largest_value_of_those_blocks_keeps_all_31_digits() throws IOException {
        Assumptions.assumeTrue(Files.exists(MAINNET_2023), "shared reference data present");
        var max = lines(MAINNET_2023.resolve("expected_token_transfers.json")).stream()
                .map(row -> row.get("value").bigIntegerValue())
                .max(BigInteger::compareTo)
                .orElseThrow();
        assertThat(max).isEqualTo(new BigInteger("7786596450288373164569331648084"));
        var data = "0x" + String.format("%064x", max);
        var transfer = (Erc20Transfer) Erc20TransferDecoder.decode(log(List.of(TRANSFER, ALICE, BOB), data), SOURCE)
                .orElseThrow();
        assertThat(transfer.value()).isEqualTo(max);
    }

    @Test
    void decodes_a_recorded_receipt_as_ethereum_etl_does() throws IOException {
        var folder = ETL.resolve("test_stream/blocks_1755634_1755635");
        Assumptions.assumeTrue(Files.exists(folder), "shared reference data present");
        var receipt = folder.resolve(
                "web3_response.eth_getTransactionReceipt_0x2e3dcd051a91d3a694f6b8de2ac4b5fe7acdba55f58bcf8471ff00d4a430074d.json");
        var transfers = rpcTransfers(receipt);
        var expected = lines(folder.resolve("expected_token_transfers.json")).getFirst();

        assertThat(transfers).singleElement().satisfies(t -> {
            assertThat(t.contract()).isEqualTo(expected.get("token_address").asString());
            assertThat(t.from()).isEqualTo(expected.get("from_address").asString());
            assertThat(t.to()).isEqualTo(expected.get("to_address").asString());
            assertThat(t.value()).isEqualTo(expected.get("value").bigIntegerValue());
            assertThat(t.log().logIndex()).isEqualTo(expected.get("log_index").asLong());
            assertThat(t.log().blockNumber()).isEqualTo(1755635);
        });
    }

    @Test
    void decodes_recorded_filter_logs_as_ethereum_etl_does() throws IOException {
        var folder = ETL.resolve("test_export_token_transfers_job/block_with_transfers");
        Assumptions.assumeTrue(Files.exists(folder), "shared reference data present");
        var transfers = rpcTransfers(folder.resolve("web3_response.eth_getFilterLogs_0x0.json"));

        assertThat(transfers)
                .extracting(t -> t.contract() + "," + t.from() + "," + t.to() + "," + t.value() + ","
                        + t.log().transactionHash() + "," + t.log().logIndex() + ","
                        + t.log().blockNumber())
                .containsExactlyElementsOf(Files.readAllLines(folder.resolve("expected_token_transfers.csv")).stream()
                        .skip(1)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            odd-length data                | 0xa | topics | data | odd number of hex digits (1): not whole bytes
            data that is not hex           | 0xzz | topics | data | not hex: '0xzz'
            data without 0x                | 00 | topics | data | not 0x-prefixed hex: '00'
            a short topic                  | 0x | short | topics | topic 1 is not 32 bytes of 0x-hex: '0x1234'
            no topics field                | 0x | none | topics | missing value
            """)
    void rejects_malformed_logs_naming_field_and_reason(
            String name, String data, String topics, String field, String reason) {
        var raw = new RawLog(
                "0xdac17f958d2ee523a2206206994597c13d831ec7",
                switch (topics) {
                    case "short" -> List.of(TRANSFER, "0x1234", BOB);
                    case "none" -> null;
                    default -> List.of(TRANSFER, ALICE, BOB);
                },
                data,
                "0x10",
                null,
                null,
                "0x" + "1".repeat(64),
                "0x2",
                false,
                Radix.HEX,
                "result[0]");

        assertThatThrownBy(() -> EvmLogDecoder.decode(raw, SOURCE))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.locator()).isEqualTo("block 16 tx 0x" + "1".repeat(64) + " log 2");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void a_malformed_block_number_is_reported_as_written() {
        var raw = new RawLog(
                "0xdac17f958d2ee523a2206206994597c13d831ec7",
                List.of(TRANSFER, ALICE, BOB),
                ONE_USDT,
                "0xZZ",
                null,
                null,
                "0x" + "1".repeat(64),
                "0x2",
                false,
                Radix.HEX,
                "result[0]");

        assertThatThrownBy(() -> EvmLogDecoder.decode(raw, SOURCE))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.locator()).startsWith("block 0xZZ tx ");
                    assertThat(e.field()).isEqualTo("blockNumber");
                    assertThat(e.reason()).isEqualTo("not a 0x-hex quantity: '0xZZ'");
                });
    }

    @Test
    void an_erc721_transfer_is_not_taken_for_an_erc20_amount() {
        var tokenId = "0x" + "0".repeat(62) + "2a";
        var decoded = Erc20TransferDecoder.decode(log(List.of(TRANSFER, ALICE, BOB, tokenId), "0x"), SOURCE);

        assertThat(decoded)
                .get()
                .isInstanceOfSatisfying(
                        Erc721Transfer.class, nft -> assertThat(nft.tokenId()).isEqualTo(42));
    }

    @Test
    void an_early_token_that_indexes_nothing_decodes_from_its_three_data_words() {
        var data = "0x" + ALICE.substring(2) + BOB.substring(2) + ONE_USDT.substring(2);
        var decoded = (Erc20Transfer) Erc20TransferDecoder.decode(log(List.of(TRANSFER), data), SOURCE)
                .orElseThrow();

        assertThat(decoded.from()).isEqualTo("0x" + "a".repeat(40));
        assertThat(decoded.to()).isEqualTo("0x" + "b".repeat(40));
        assertThat(decoded.value()).isEqualTo(1_000_000);
    }

    @Test
    void other_events_are_not_transfers() {
        var approval = "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925";

        assertThat(Erc20TransferDecoder.decode(log(List.of(approval, ALICE, BOB), ONE_USDT), SOURCE))
                .isEmpty();
        assertThat(Erc20TransferDecoder.decode(log(List.of(), ONE_USDT), SOURCE))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            data of half a word                        | 3 | 0x0f4240 | data | Transfer data of 3 bytes is not whole 32-byte words
            two data words                             | 3 | TWO | topics | Transfer event with 3 topics and 2 data words is neither ERC-20 (3 values) nor ERC-721 (4 topics, no data)
            no data words                              | 3 | 0x | topics | Transfer event with 3 topics and 0 data words is neither ERC-20 (3 values) nor ERC-721 (4 topics, no data)
            an address word with high bytes            | 9 | ONE | topics | Transfer address word 0xfffffffffffffffffffff... is not an ABI-encoded address (upper 12 bytes not zero)
            """)
    void rejects_transfer_logs_of_no_known_shape(
            String name, int topicCount, String data, String field, String reason) {
        var topics = topicCount == 9 ? List.of(TRANSFER, "0x" + "f".repeat(64), BOB) : List.of(TRANSFER, ALICE, BOB);
        var dataHex = switch (data) {
            case "TWO" -> ONE_USDT + ONE_USDT.substring(2);
            case "ONE" -> ONE_USDT;
            default -> data;
        };

        assertThatThrownBy(() -> Erc20TransferDecoder.decode(log(topics, dataHex), SOURCE))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    private static EvmLog log(List<String> topics, String data) {
        return new EvmLog(
                "0xdac17f958d2ee523a2206206994597c13d831ec7", topics, data, 16, null, null, "0x" + "1".repeat(64), 2);
    }

    private static List<Erc20Transfer> rpcTransfers(Path file) throws IOException {
        var transfers = new ArrayList<Erc20Transfer>();
        try (var in = Files.newInputStream(file);
                var parser = new JsonEnvelopeParser(in, file.toString(), "result")) {
            JsonEnvelopeParser.Element element;
            while ((element = parser.next()) != null) {
                for (var record : JsonRpcRecords.of(element)) {
                    if (record instanceof EvmExportRecord.Log log) {
                        Erc20TransferDecoder.decode(EvmLogDecoder.decode(log.log(), SOURCE), SOURCE)
                                .ifPresent(t -> transfers.add((Erc20Transfer) t));
                    }
                }
            }
        }
        return transfers;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        var rows = new ArrayList<JsonNode>();
        for (var line : Files.readAllLines(file)) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }
}

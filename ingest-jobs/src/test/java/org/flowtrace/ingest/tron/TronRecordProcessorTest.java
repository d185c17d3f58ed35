package org.flowtrace.ingest.tron;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TronRecordProcessorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TX = "df3cf53353575ac68b214aa240f7c8a7133699117ef52cf9a146355a22198abc";
    private static final String FROM = "TBM6dPtZgnD1feVsWFfdhTGY6dPtFGtNWv";
    private static final String TO = "TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY";

    private final TronRecordProcessor processor = new TronRecordProcessor(
            TokenRegistry.builtIn(),
            EvmFolderIndex.empty(),
            new RunSource("tron-export-1", "test.json", "0".repeat(64)));

    @Test
    void the_same_transfer_read_from_the_account_history_and_from_the_contract_events_has_one_key() {
        var history = JSON.readTree("""
                {"transaction_id": "%s", "token_info": {"symbol": "USDT", "address": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
                 "decimals": 6, "name": "Tether USD"}, "block_timestamp": 1709251209000, "from": "%s", "to": "%s",
                 "type": "Transfer", "value": "5000000000"}
                """.formatted(TX, FROM, TO));
        var event = JSON.readTree("""
                {"block_number": 60000001, "block_timestamp": 1709251209000, "contract_address": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
                 "event_index": 0, "event_name": "Transfer", "transaction_id": "%s",
                 "result": {"from": "%s", "to": "%s", "value": "5000000000"}}
                """.formatted(
                TX, TronAddress.parse(FROM).evmHex(), TronAddress.parse(TO).evmHex()));

        var fromHistory = processor.process(new TronRecord.HistoryItem(history, "data[0]", 1));
        var fromEvents = processor.process(new TronRecord.EventItem(event, "data[0]", 1));
        var secondIdentical = processor.process(new TronRecord.HistoryItem(history, "data[1]", 2));

        assertThat(fromHistory.transfer().id())
                .startsWith("TRON:" + TX + ":trc20:")
                .isEqualTo(fromEvents.transfer().id());
        assertThat(secondIdentical.transfer().id())
                .isEqualTo(fromHistory.transfer().id() + ":2");
        assertThat(fromHistory.transfer().amount().canonical()).isEqualTo("5000.000000");
        assertThat(fromEvents.block()).isEqualTo(60000001L);
        assertThat(fromHistory.walletHex())
                .containsEntry("TRON:" + TO, TronAddress.parse(TO).hex());
    }

    @Test
    void approvals_are_passed_over() {
        var approval = JSON.readTree("""
                {"transaction_id": "%s", "token_info": {"address": "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "decimals": 6},
                 "block_timestamp": 1709251209000, "from": "%s", "to": "%s", "type": "Approval", "value": "1"}
                """.formatted(TX, FROM, TO));

        assertThat(processor.process(new TronRecord.HistoryItem(approval, "data[0]", 1)))
                .isNull();
    }
}

package org.flowtrace.ingest.ethereum.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flowtrace.ingest.ethereum.EvmExportRecord.InternalTransfer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TraceDecoderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2024-01-13T16:09:39Z");
    private static final String TX = "0x" + "a".repeat(64);

    @Test
    void call_tracer_frames_below_the_top_that_moved_value_are_internal_transfers_and_failed_subtrees_are_not() {
        var results = JSON.readTree("""
                [{"txHash": "%s", "result": {"type": "CALL", "from": "0xa1", "to": "0xc1", "value": "0x5", "calls": [
                   {"type": "CALL", "from": "0xc1", "to": "0xd1", "value": "0x2", "calls": [
                      {"type": "CALL", "from": "0xd1", "to": "0xe1", "value": "0x1"}]},
                   {"type": "DELEGATECALL", "from": "0xc1", "to": "0xd2", "value": "0x5"},
                   {"type": "STATICCALL", "from": "0xc1", "to": "0xd3"},
                   {"type": "CALL", "from": "0xc1", "to": "0xd4", "value": "0x0"},
                   {"type": "CALL", "from": "0xc1", "to": "0xd5", "value": "0x7", "error": "execution reverted", "calls": [
                      {"type": "CALL", "from": "0xd5", "to": "0xe5", "value": "0x1"}]},
                   {"type": "CREATE2", "from": "0xc1", "to": "0xd6", "value": "0x3"}]}},
                 {"result": {"type": "CALL", "from": "0xa2", "to": "0xc2", "value": "0x0", "error": "out of gas", "calls": [
                   {"type": "CALL", "from": "0xc2", "to": "0xd7", "value": "0x9"}]}}]
                """.formatted(TX));

        var transfers = TraceDecoder.callTracer(results, List.of(TX, "0x" + "b".repeat(64)), 16, AT);

        assertThat(transfers)
                .containsExactly(
                        new InternalTransfer(16, AT, TX, "0", "0xc1", "0xd1", "0x2"),
                        new InternalTransfer(16, AT, TX, "0_0", "0xd1", "0xe1", "0x1"),
                        new InternalTransfer(16, AT, TX, "5", "0xc1", "0xd6", "0x3"));
    }

    @Test
    void parity_traces_below_the_top_that_moved_value_are_internal_transfers_and_reverted_subtrees_are_not() {
        var traces = JSON.readTree("""
                [{"type": "call", "action": {"callType": "call", "from": "0xa1", "to": "0xc1", "value": "0x5"}, "traceAddress": [], "transactionHash": "%1$s"},
                 {"type": "call", "action": {"callType": "call", "from": "0xc1", "to": "0xd1", "value": "0x2"}, "traceAddress": [0], "transactionHash": "%1$s"},
                 {"type": "call", "action": {"callType": "delegatecall", "from": "0xc1", "to": "0xd2", "value": "0x2"}, "traceAddress": [1], "transactionHash": "%1$s"},
                 {"type": "call", "action": {"callType": "call", "from": "0xc1", "to": "0xd3", "value": "0x4"}, "traceAddress": [2], "error": "Reverted", "transactionHash": "%1$s"},
                 {"type": "call", "action": {"callType": "call", "from": "0xd3", "to": "0xe3", "value": "0x1"}, "traceAddress": [2, 0], "transactionHash": "%1$s"},
                 {"type": "create", "action": {"from": "0xc1", "value": "0x6"}, "result": {"address": "0xd4"}, "traceAddress": [3], "transactionHash": "%1$s"},
                 {"type": "suicide", "action": {"address": "0xd4", "refundAddress": "0xa1", "balance": "0x6"}, "traceAddress": [3, 0], "transactionHash": "%1$s"},
                 {"type": "reward", "action": {"author": "0xf1", "value": "0x100"}, "traceAddress": []}]
                """.formatted(TX));

        var transfers = TraceDecoder.parity(traces, 16, AT);

        assertThat(transfers)
                .containsExactly(
                        new InternalTransfer(16, AT, TX, "0", "0xc1", "0xd1", "0x2"),
                        new InternalTransfer(16, AT, TX, "3", "0xc1", "0xd4", "0x6"),
                        new InternalTransfer(16, AT, TX, "3_0", "0xd4", "0xa1", "0x6"));
    }
}

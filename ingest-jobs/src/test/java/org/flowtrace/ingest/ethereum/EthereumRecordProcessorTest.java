package org.flowtrace.ingest.ethereum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthereumRecordProcessorTest {

    private static final String HASH = "0x" + "ab".repeat(32);
    private static final String FROM = "0x28C6c06298d514Db089934071355E5743bf21d60";
    private static final String TO = "0x" + "22".repeat(20);

    private final EthereumRecordProcessor processor = new EthereumRecordProcessor(
            TokenRegistry.builtIn(),
            EvmFolderIndex.empty(),
            new RunSource("ethereum-export-1", "x.json", "0".repeat(64)));

    @Test
    void a_value_transfer_becomes_an_exact_ether_transfer_keyed_by_its_hash() {
        var transfer = processor.process(transaction("0x1b1ae4d6e2ef5000000", "0x1", "0x6553f100"));

        assertThat(transfer.transfer().id()).isEqualTo("ETHEREUM:" + HASH);
        assertThat(transfer.transfer().amount().canonical()).isEqualTo("8000.000000000000000000");
        assertThat(transfer.transfer().from().key()).isEqualTo("ETHEREUM:" + FROM.toLowerCase());
        assertThat(((org.flowtrace.graph.model.WalletRef) transfer.transfer().from()).written())
                .isEqualTo(FROM);
        assertThat(transfer.transfer().at()).hasToString("2023-11-14T22:13:20Z");
        assertThat(transfer.transfer().provenance().locator()).isEqualTo("block 100 tx " + HASH);
        assertThat(transfer.txStatus()).isEqualTo("success");
    }

    @ParameterizedTest(name = "value {0}, status {1}")
    @CsvSource({"0x0, 0x1", "0x1, 0x0", "0x5, 0"})
    void moves_nothing_when_the_value_is_zero_or_the_transaction_failed(String value, String status) {
        assertThat(processor.process(transaction(value, status, "0x6553f100"))).isNull();
    }

    @Test
    void a_transaction_without_receipt_or_block_time_is_rejected_for_the_time_not_guessed() {
        assertThatThrownBy(() -> processor.process(transaction("0x1", null, null)))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("blockTimestamp");
                    assertThat(e.reason()).isEqualTo("no block timestamp: block 100 is in no block file of the export");
                });
    }

    private static EvmExportRecord transaction(String value, String status, String timestamp) {
        return new EvmExportRecord.Transaction(
                new RawTransaction(HASH, FROM, TO, value, "0x64", timestamp, status, null, Radix.HEX, "result"));
    }
}

package org.flowtrace.samples.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes USDT transfers on Ethereum as an ethereum-etl token-transfer export
 * ({@code token_transfers.csv}, the columns of {@code ethereumetl export_token_transfers} with the
 * {@code block_timestamp} that {@code ethereumetl stream} adds), in time order. Blocks come every twelve
 * seconds, counted from block {@value #REFERENCE_BLOCK} at {@link #REFERENCE_TIME}; a transfer's block
 * is the last one at or before its second and its log index counts the transfers of that block.
 */
final class EthereumExportWriter implements Closeable {

    static final String FILE = "token_transfers.csv";
    static final String USDT = "0xdac17f958d2ee523a2206206994597c13d831ec7";
    static final String HEADER =
            "token_address,from_address,to_address,value,transaction_hash,log_index,block_number,block_timestamp";
    static final long REFERENCE_BLOCK = 15_449_618L;
    static final Instant REFERENCE_TIME = Instant.parse("2022-09-01T00:00:00Z");
    private static final int BLOCK_SECONDS = 12;

    private final Instant start;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long block = -1;
    private int logIndex;

    EthereumExportWriter(Path folder, Instant start) throws IOException {
        this.start = start;
        Files.createDirectories(folder);
        this.out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
    }

    /** Writes one transfer; returns its key as flowtrace stores it ({@code ETHEREUM:0x<tx>:<log index>}). */
    String write(ChainTransferPlan transfer) throws IOException {
        long seconds = start.getEpochSecond() + transfer.second() - REFERENCE_TIME.getEpochSecond();
        long number = REFERENCE_BLOCK + Math.floorDiv(seconds, BLOCK_SECONDS);
        if (number != block) {
            block = number;
            logIndex = 0;
        } else {
            logIndex++;
        }
        long timestamp = REFERENCE_TIME.getEpochSecond() + (number - REFERENCE_BLOCK) * BLOCK_SECONDS;
        var tx = "0x" + transfer.tx();
        line.setLength(0);
        line.append(USDT)
                .append(',')
                .append(transfer.from().evmHex())
                .append(',')
                .append(transfer.to().evmHex())
                .append(',')
                .append(transfer.raw())
                .append(',')
                .append(tx)
                .append(',')
                .append(logIndex)
                .append(',')
                .append(number)
                .append(',')
                .append(timestamp)
                .append('\n');
        out.append(line);
        return "ETHEREUM:" + tx + ":" + logIndex;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

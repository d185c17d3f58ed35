package org.flowtrace.samples.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.graph.model.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * Writes USDT transfers on TRON as saved TronGrid contract-event pages
 * ({@code /v1/contracts/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t/events?event_name=Transfer&order_by=block_timestamp,asc}),
 * one file a day ({@code usdt-events-2022-09-01.json}) holding an array of pages of up to
 * {@value #PAGE_SIZE} events, in time order. One transfer a transaction (event index 0). Blocks come
 * every three seconds: a transfer's block is the last one at or before its second, counted from block
 * {@value #REFERENCE_BLOCK} at {@link #REFERENCE_TIME}, and its timestamp is that block's.
 */
final class TronExportWriter implements Closeable {

    static final String USDT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";
    static final int PAGE_SIZE = 200;
    static final long REFERENCE_BLOCK = 44_000_000L;
    static final Instant REFERENCE_TIME = Instant.parse("2022-09-01T00:00:00Z");
    private static final int BLOCK_SECONDS = 3;

    private final Path folder;
    private final Instant start;
    private final List<String> files = new ArrayList<>();
    private final StringBuilder line = new StringBuilder(512);
    private @Nullable BufferedWriter out;
    private @Nullable LocalDate day;
    private int onPage;

    TronExportWriter(Path folder, Instant start) throws IOException {
        this.folder = Files.createDirectories(folder);
        this.start = start;
    }

    /**
     * Writes one transfer; returns its key as flowtrace stores it ({@code TRON:<tx>:trc20:<h>}, see
     * ingest-jobs' {@code TronRecordProcessor}).
     */
    String write(ChainTransferPlan transfer) throws IOException {
        var at = start.plusSeconds(transfer.second());
        var date = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (!date.equals(day)) {
            closeFile();
            day = date;
            var name = "usdt-events-" + date + ".json";
            files.add(name);
            out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8);
            out.write("[\n{\"data\":[\n");
            onPage = 0;
        }
        var writer = out;
        if (onPage == PAGE_SIZE) {
            writer.write("\n],");
            writer.write(meta(PAGE_SIZE));
            writer.write(",\n{\"data\":[\n");
            onPage = 0;
        } else if (onPage > 0) {
            writer.write(",\n");
        }
        long seconds = at.getEpochSecond() - REFERENCE_TIME.getEpochSecond();
        long block = REFERENCE_BLOCK + Math.floorDiv(seconds, BLOCK_SECONDS);
        long blockMillis = (REFERENCE_TIME.getEpochSecond() + (block - REFERENCE_BLOCK) * BLOCK_SECONDS) * 1000;
        var value = Long.toString(transfer.raw());
        var from = transfer.from().evmHex();
        var to = transfer.to().evmHex();
        line.setLength(0);
        line.append("{\"block_number\":")
                .append(block)
                .append(",\"block_timestamp\":")
                .append(blockMillis)
                .append(",\"caller_contract_address\":\"")
                .append(USDT)
                .append("\",\"contract_address\":\"")
                .append(USDT)
                .append("\",\"event_index\":0,\"event_name\":\"Transfer\",\"result\":{\"0\":\"")
                .append(from)
                .append("\",\"1\":\"")
                .append(to)
                .append("\",\"2\":\"")
                .append(value)
                .append("\",\"from\":\"")
                .append(from)
                .append("\",\"to\":\"")
                .append(to)
                .append("\",\"value\":\"")
                .append(value)
                .append("\"},\"result_type\":{\"from\":\"address\",\"to\":\"address\",\"value\":\"uint256\"},")
                .append("\"event\":\"Transfer(address indexed from, address indexed to, uint256 value)\",")
                .append("\"transaction_id\":\"")
                .append(transfer.tx())
                .append("\"}");
        writer.append(line);
        onPage++;
        return key(transfer);
    }

    /** The key flowtrace gives the transfer: {@code TRON:<tx>:trc20:} and 16 hex digits of its content's hash. */
    static String key(ChainTransferPlan transfer) {
        var content = String.join(
                "|", USDT, transfer.from().address(), transfer.to().address(), Long.toString(transfer.raw()));
        return "TRON:" + transfer.tx() + ":trc20:" + Sha256.hex(content).substring(0, 16);
    }

    /** The files written, relative to the folder, in order. */
    List<String> files() {
        return List.copyOf(files);
    }

    private String meta(int size) {
        long at = day == null
                ? 0
                : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return "\"success\":true,\"meta\":{\"at\":" + at + ",\"page_size\":" + size + "}}";
    }

    private void closeFile() throws IOException {
        if (out != null) {
            out.write("\n],");
            out.write(meta(onPage));
            out.write("\n]\n");
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeFile();
    }
}

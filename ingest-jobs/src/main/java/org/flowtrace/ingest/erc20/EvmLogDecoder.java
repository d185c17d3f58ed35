package org.flowtrace.ingest.erc20;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import org.flowtrace.ingest.MalformedRecordException;
import org.jspecify.annotations.Nullable;

/**
 * Validates a {@link RawLog} into an {@link EvmLog}, or rejects it naming the field and the reason:
 * addresses of 20 bytes, hashes and topics of 32, data of whole bytes, quantities in the source's
 * radix, and no log that the node flagged as removed by a reorganisation. Pure; the source is only
 * named in the exception.
 */
public final class EvmLogDecoder {

    private EvmLogDecoder() {}

    public static EvmLog decode(RawLog raw, String source) {
        var locator = raw.locator();
        if (raw.removed()) {
            throw new MalformedRecordException(
                    source, locator, "removed", "log removed by a chain reorganisation (removed: true)");
        }
        var address = address(required(raw.address(), source, locator, "address"), source, locator, "address");
        var topicsWritten = raw.topics();
        if (topicsWritten == null) {
            throw new MalformedRecordException(source, locator, "topics", "missing value");
        }
        var topics = new ArrayList<String>(topicsWritten.size());
        for (int i = 0; i < topicsWritten.size(); i++) {
            var topic = topicsWritten.get(i);
            if (topic == null || !isHex(topic, 64)) {
                throw new MalformedRecordException(
                        source,
                        locator,
                        "topics",
                        "topic " + i + " is not 32 bytes of 0x-hex: '" + abbreviate(topic) + "'");
            }
            topics.add(topic.strip().toLowerCase(Locale.ROOT));
        }
        var data = data(required(raw.data(), source, locator, "data"), source, locator);
        long block = quantity(
                raw.radix(),
                required(raw.blockNumber(), source, locator, "blockNumber"),
                source,
                locator,
                "blockNumber");
        var tx = hash(
                required(raw.transactionHash(), source, locator, "transactionHash"),
                source,
                locator,
                "transactionHash");
        long logIndex = quantity(
                raw.radix(), required(raw.logIndex(), source, locator, "logIndex"), source, locator, "logIndex");
        var blockHash = raw.blockHash() == null || raw.blockHash().isBlank()
                ? null
                : hash(raw.blockHash(), source, locator, "blockHash");
        Instant timestamp = null;
        if (raw.blockTimestamp() != null && !raw.blockTimestamp().isBlank()) {
            timestamp = Instant.ofEpochSecond(
                    quantity(raw.radix(), raw.blockTimestamp(), source, locator, "blockTimestamp"));
        }
        return new EvmLog(address, topics, data, block, blockHash, timestamp, tx, logIndex);
    }

    /** A 20-byte address in lower case, or a rejection of {@code field}. */
    public static String address(String text, String source, String locator, String field) {
        if (!isHex(text, 40)) {
            throw new MalformedRecordException(
                    source, locator, field, "not a 20-byte 0x-hex address: '" + abbreviate(text) + "'");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A 32-byte hash in lower case, or a rejection of {@code field}. */
    public static String hash(String text, String source, String locator, String field) {
        if (!isHex(text, 64)) {
            throw new MalformedRecordException(
                    source, locator, field, "not a 32-byte 0x-hex hash: '" + abbreviate(text) + "'");
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A quantity that fits a long, or a rejection of {@code field}. */
    public static long quantity(Radix radix, String text, String source, String locator, String field) {
        try {
            return radix.parseLong(text);
        } catch (NumberFormatException e) {
            throw new MalformedRecordException(source, locator, field, e.getMessage());
        }
    }

    /** A value of any size, or a rejection of {@code field}. */
    public static java.math.BigInteger amount(Radix radix, String text, String source, String locator, String field) {
        try {
            return radix.parse(text);
        } catch (NumberFormatException e) {
            throw new MalformedRecordException(source, locator, field, e.getMessage());
        }
    }

    /** {@code text}, or a "missing value" rejection of {@code field} when absent or blank. */
    public static String required(@Nullable String text, String source, String locator, String field) {
        if (text == null || text.isBlank()) {
            throw new MalformedRecordException(source, locator, field, "missing value");
        }
        return text;
    }

    private static String data(String text, String source, String locator) {
        var trimmed = text.strip();
        if (!trimmed.startsWith("0x") && !trimmed.startsWith("0X")) {
            throw new MalformedRecordException(
                    source, locator, "data", "not 0x-prefixed hex: '" + abbreviate(text) + "'");
        }
        var digits = trimmed.substring(2);
        if (!digits.matches("[0-9a-fA-F]*")) {
            throw new MalformedRecordException(source, locator, "data", "not hex: '" + abbreviate(text) + "'");
        }
        if (digits.length() % 2 != 0) {
            throw new MalformedRecordException(
                    source, locator, "data", "odd number of hex digits (" + digits.length() + "): not whole bytes");
        }
        return "0x" + digits.toLowerCase(Locale.ROOT);
    }

    static boolean isHex(@Nullable String text, int digits) {
        return text != null && text.strip().matches("0[xX][0-9a-fA-F]{" + digits + "}");
    }

    /** At most 24 characters of a value, for a reason line. */
    public static String abbreviate(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }
}

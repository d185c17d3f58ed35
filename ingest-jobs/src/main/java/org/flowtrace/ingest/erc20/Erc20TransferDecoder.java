package org.flowtrace.ingest.erc20;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowtrace.ingest.MalformedRecordException;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Decodes {@code Transfer} event logs (EIP-20; topic 0 is the Keccak-256 of
 * {@code Transfer(address,address,uint256)}, {@code 0xddf252ad…b3ef}).
 *
 * <p>The event's three values are read in order from topics 1… followed by the 32-byte words of the
 * data, as the ABI lays them out: a standard ERC-20 log indexes {@code from} and {@code to} (3 topics,
 * 1 data word), and early tokens that indexed nothing (1 topic, 3 words) decode the same way. An
 * ERC-721 transfer has the same signature but indexes its token id as a fourth topic and carries no
 * data: it is returned as an {@link Erc721Transfer}, never as an amount (ethereum-etl, by contrast,
 * exports it as a token transfer whose value is the token id). Any other shape is rejected.
 *
 * <p>Address words must be zero in their upper 12 bytes, as the ABI encodes an address; a log that
 * breaks this is not a standard transfer and is rejected rather than truncated. Values are uint256,
 * kept exact as {@link java.math.BigInteger}. Pure: a live JSON-RPC reader uses it as the file readers
 * do.
 */
public final class Erc20TransferDecoder {

    /** {@code Transfer(address indexed from, address indexed to, uint256 value)}. */
    public static final Event TRANSFER_EVENT = new Event(
            "Transfer",
            List.of(
                    new TypeReference<Address>(true) {},
                    new TypeReference<Address>(true) {},
                    new TypeReference<Uint256>(false) {}));

    /** Topic 0 of every Transfer log, ERC-20 and ERC-721 alike. */
    public static final String TRANSFER_TOPIC = EventEncoder.encode(TRANSFER_EVENT);

    private static final String ZERO_PADDING = "0".repeat(24);

    private Erc20TransferDecoder() {}

    /**
     * Whether a log as written may be a {@code Transfer} event and so deserves validation: its first
     * topic is the Transfer topic (in any case), or it has no topics field at all (which validation
     * then rejects). Other events are passed over without judging their data, which nodes and
     * documentation sometimes abridge.
     */
    public static boolean mayBeTransfer(RawLog raw) {
        var topics = raw.topics();
        if (topics == null) {
            return true;
        }
        return !topics.isEmpty()
                && topics.getFirst() != null
                && TRANSFER_TOPIC.equalsIgnoreCase(topics.getFirst().strip());
    }

    /**
     * The transfer a log states, empty when the log is some other event (approvals, swaps, anonymous
     * events).
     *
     * @throws MalformedRecordException when the log is a Transfer event of no known shape
     */
    public static Optional<TokenTransferLog> decode(EvmLog log, String source) {
        if (log.topics().isEmpty() || !TRANSFER_TOPIC.equals(log.topics().getFirst())) {
            return Optional.empty();
        }
        var dataDigits = log.data().substring(2);
        if (dataDigits.length() % 64 != 0) {
            throw new MalformedRecordException(
                    source,
                    log.locator(),
                    "data",
                    "Transfer data of " + dataDigits.length() / 2 + " bytes is not whole 32-byte words");
        }
        var words = new ArrayList<String>();
        log.topics().subList(1, log.topics().size()).forEach(topic -> words.add(topic.substring(2)));
        for (int i = 0; i < dataDigits.length(); i += 64) {
            words.add(dataDigits.substring(i, i + 64));
        }
        if (log.topics().size() == 4 && dataDigits.isEmpty()) {
            var tokenId = TypeDecoder.decodeNumeric(words.get(2), Uint256.class).getValue();
            return Optional.of(new Erc721Transfer(
                    log,
                    address(words.get(0), log, source, "topics"),
                    address(words.get(1), log, source, "topics"),
                    tokenId));
        }
        if (words.size() != 3) {
            throw new MalformedRecordException(
                    source,
                    log.locator(),
                    "topics",
                    "Transfer event with " + log.topics().size() + " topics and " + dataDigits.length() / 64
                            + " data words is neither ERC-20 (3 values) nor ERC-721 (4 topics, no data)");
        }
        int indexed = log.topics().size() - 1;
        var from = address(words.get(0), log, source, indexed >= 1 ? "topics" : "data");
        var to = address(words.get(1), log, source, indexed >= 2 ? "topics" : "data");
        var value = TypeDecoder.decodeNumeric(words.get(2), Uint256.class).getValue();
        return Optional.of(new Erc20Transfer(log, from, to, value));
    }

    private static String address(String word, EvmLog log, String source, String field) {
        if (!word.startsWith(ZERO_PADDING)) {
            throw new MalformedRecordException(
                    source,
                    log.locator(),
                    field,
                    "Transfer address word 0x" + EvmLogDecoder.abbreviate(word)
                            + " is not an ABI-encoded address (upper 12 bytes not zero)");
        }
        return TypeDecoder.decodeAddress(word).getValue();
    }
}

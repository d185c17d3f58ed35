package org.flowtrace.ingest.ethereum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.erc20.Radix;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.utils.Numeric;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the files of one export folder state about one another: block timestamps (a receipt's logs
 * carry none; the block file does), receipt statuses (a block's transactions carry none; a failed
 * transaction moved no ether), contract addresses of creations, and token decimals from on-chain-call
 * exports (ethereum-etl {@code tokens.csv} or token lines, recorded {@code decimals()} /
 * {@code symbol()} calls named as ethereum-etl names them, {@code eth_call_data_0x313ce567_to_<contract>}).
 * Built by one streaming pass over the folder; files that are not EVM exports are passed over (their
 * own load reports them).
 */
public final class EvmFolderIndex implements EvmFacts {

    /** A receipt's outcome: status {@code 0x1}/{@code 1}, {@code 0x0}/{@code 0}, or absent (pre-Byzantium). */
    public record Receipt(@Nullable String status, @Nullable String contractAddress) {}

    /** A token's decimals (and symbol when known) as an export states them, with the file that does. */
    public record TokenFacts(String contract, @Nullable String symbol, int decimals, String origin) {}

    /** File endings an export folder's files have. */
    public static final List<String> EXTENSIONS = List.of(".json", ".jsonl", ".ndjson", ".csv");

    private static final Logger log = LoggerFactory.getLogger(EvmFolderIndex.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CALL_FILE =
            Pattern.compile(".*eth_call_data_(0x[0-9a-fA-F]{8})_to_(0x[0-9a-fA-F]{40}).*");
    private static final String DECIMALS_SELECTOR = "0x313ce567";
    private static final String SYMBOL_SELECTOR = "0x95d89b41";

    private final Map<Long, Instant> blockTimes = new HashMap<>();
    private final Map<String, Receipt> receipts = new HashMap<>();
    private final Map<String, TokenFacts> tokens = new HashMap<>();
    private final Map<String, String> symbols = new HashMap<>();

    private EvmFolderIndex() {}

    public static EvmFolderIndex empty() {
        return new EvmFolderIndex();
    }

    /** Indexes every export file directly in {@code folder}. */
    public static EvmFolderIndex of(Path folder) {
        var index = new EvmFolderIndex();
        for (var file : exportFiles(folder)) {
            index.add(file);
        }
        index.tokens.replaceAll((contract, facts) -> facts.symbol() == null && index.symbols.containsKey(contract)
                ? new TokenFacts(contract, index.symbols.get(contract), facts.decimals(), facts.origin())
                : facts);
        return index;
    }

    /** Token decimals stated by one file (an ethereum-etl tokens export, or any file the folder scan reads). */
    public static List<TokenFacts> tokensOf(Path file) {
        var index = new EvmFolderIndex();
        index.add(file);
        return List.copyOf(index.tokens.values());
    }

    /** The export files directly in {@code folder}, in name order. */
    public static List<Path> exportFiles(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile)
                    .filter(path -> EXTENSIONS.stream()
                            .anyMatch(ext -> path.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(ext)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    @Override
    public Optional<Instant> blockTime(long block) {
        return Optional.ofNullable(blockTimes.get(block));
    }

    @Override
    public Optional<Receipt> receipt(String txHash) {
        return Optional.ofNullable(receipts.get(txHash.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<TokenFacts> token(String contract) {
        return Optional.ofNullable(tokens.get(contract.toLowerCase(Locale.ROOT)));
    }

    public List<TokenFacts> tokens() {
        return List.copyOf(tokens.values());
    }

    public int blockCount() {
        return blockTimes.size();
    }

    private void add(Path file) {
        try {
            switch (EvmExportFormat.detect(file)) {
                case JSON_RPC -> addJsonRpc(file);
                case ETL_JSON_LINES -> addJsonLines(file);
                default -> addCsv(file);
            }
        } catch (IngestException | UncheckedIOException | JacksonException | IllegalArgumentException e) {
            log.debug("Not indexing a file of the folder: {}", e.getClass().getSimpleName());
        }
    }

    private void addJsonRpc(Path file) throws UncheckedIOException {
        var call = CALL_FILE.matcher(file.getFileName().toString());
        try (var in = Files.newInputStream(file);
                var parser = new JsonEnvelopeParser(in, file.toString(), "result")) {
            JsonEnvelopeParser.Element element;
            while ((element = parser.next()) != null) {
                if (element.error()) {
                    continue;
                }
                var value = element.value();
                if (value.isString() && call.matches()) {
                    addCall(call.group(1), call.group(2).toLowerCase(Locale.ROOT), value.asString(), file);
                } else if (value.isObject()) {
                    addRpcObject(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void addRpcObject(JsonNode value) {
        if (value.has("transactions")) {
            block(Radix.HEX, JsonRpcRecords.text(value, "number"), JsonRpcRecords.text(value, "timestamp"));
        }
        if (value.has("logs") && value.has("transactionHash")) {
            receipt(
                    JsonRpcRecords.text(value, "transactionHash"),
                    JsonRpcRecords.text(value, "status"),
                    JsonRpcRecords.text(value, "contractAddress"));
            for (var log : value.path("logs")) {
                block(Radix.HEX, JsonRpcRecords.text(log, "blockNumber"), JsonRpcRecords.text(log, "blockTimestamp"));
            }
        }
        if (value.has("topics")) {
            block(Radix.HEX, JsonRpcRecords.text(value, "blockNumber"), JsonRpcRecords.text(value, "blockTimestamp"));
        }
    }

    private void addCall(String selector, String contract, String result, Path file) {
        if (DECIMALS_SELECTOR.equalsIgnoreCase(selector)) {
            var decimals = decimals(Radix.HEX, result);
            if (decimals != null) {
                tokens.putIfAbsent(contract, new TokenFacts(contract, symbols.get(contract), decimals, origin(file)));
            }
        } else if (SYMBOL_SELECTOR.equalsIgnoreCase(selector)) {
            var symbol = symbol(result);
            if (symbol != null) {
                symbols.putIfAbsent(contract, symbol);
            }
        }
    }

    private void addJsonLines(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    continue;
                }
                if (node == null || !node.isObject()) {
                    continue;
                }
                switch (node.path("type").asString("")) {
                    case "block" ->
                        block(
                                Radix.DECIMAL,
                                JsonRpcRecords.text(node, "number"),
                                JsonRpcRecords.text(node, "timestamp"));
                    case "receipt" ->
                        receipt(
                                JsonRpcRecords.text(node, "transaction_hash"),
                                JsonRpcRecords.text(node, "status"),
                                JsonRpcRecords.text(node, "contract_address"));
                    case "transaction" -> {
                        block(
                                Radix.DECIMAL,
                                JsonRpcRecords.text(node, "block_number"),
                                JsonRpcRecords.text(node, "block_timestamp"));
                        receipt(
                                JsonRpcRecords.text(node, "hash"),
                                JsonRpcRecords.text(node, "receipt_status"),
                                JsonRpcRecords.text(node, "receipt_contract_address"));
                    }
                    case "token" ->
                        token(
                                JsonRpcRecords.text(node, "address"),
                                JsonRpcRecords.text(node, "symbol"),
                                JsonRpcRecords.text(node, "decimals"),
                                file);
                    default ->
                        block(
                                Radix.DECIMAL,
                                JsonRpcRecords.text(node, "block_number"),
                                JsonRpcRecords.text(node, "block_timestamp"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void addCsv(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var first = reader.readLine();
            if (first == null) {
                return;
            }
            var tokenizer = new DelimitedLineTokenizer(",");
            tokenizer.setNames(
                    ExportSniffer.csvHeader(ExportSniffer.firstLine(file)).toArray(String[]::new));
            tokenizer.setStrict(false);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                var row = tokenizer.tokenize(line);
                block(Radix.DECIMAL, EtlRecords.field(row, "number"), EtlRecords.field(row, "timestamp"));
                block(Radix.DECIMAL, EtlRecords.field(row, "block_number"), EtlRecords.field(row, "block_timestamp"));
                receipt(
                        first(row, "transaction_hash", "hash"),
                        first(row, "status", "receipt_status"),
                        first(row, "contract_address", "receipt_contract_address"));
                if (EtlRecords.field(row, "decimals") != null) {
                    token(
                            EtlRecords.field(row, "address"),
                            EtlRecords.field(row, "symbol"),
                            EtlRecords.field(row, "decimals"),
                            file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static @Nullable String first(FieldSet row, String name, String alternative) {
        var value = EtlRecords.field(row, name);
        return value != null ? value : EtlRecords.field(row, alternative);
    }

    private void block(Radix radix, @Nullable String number, @Nullable String timestamp) {
        if (number == null || timestamp == null) {
            return;
        }
        try {
            blockTimes.putIfAbsent(radix.parseLong(number), Instant.ofEpochSecond(radix.parseLong(timestamp)));
        } catch (NumberFormatException e) {
            log.debug("Unreadable block number or timestamp in the folder index");
        }
    }

    private void receipt(@Nullable String txHash, @Nullable String status, @Nullable String contractAddress) {
        if (txHash == null || (status == null && contractAddress == null)) {
            return;
        }
        receipts.putIfAbsent(txHash.strip().toLowerCase(Locale.ROOT), new Receipt(status, contractAddress));
    }

    private void token(@Nullable String address, @Nullable String symbol, @Nullable String decimalsText, Path file) {
        if (address == null || decimalsText == null) {
            return;
        }
        var decimals = decimals(Radix.DECIMAL, decimalsText);
        if (decimals == null) {
            return;
        }
        var contract = address.strip().toLowerCase(Locale.ROOT);
        tokens.putIfAbsent(
                contract,
                new TokenFacts(
                        contract, symbol == null || symbol.isBlank() ? null : symbol.strip(), decimals, origin(file)));
    }

    /** Decimals as stated (a {@code decimals()} result or a column), or {@code null} unless 0–77. */
    public static @Nullable Integer decimals(Radix radix, String text) {
        try {
            var value = radix.parse(text);
            return value.bitLength() <= 7 && value.intValue() <= 77 ? value.intValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A {@code symbol()} result: an ABI string, or a bytes32 padded with zeros (older tokens). */
    public static @Nullable String symbol(String result) {
        try {
            var bytes = Numeric.hexStringToByteArray(result);
            String text;
            if (bytes.length == 32) {
                int end = 0;
                while (end < bytes.length && bytes[end] != 0) {
                    end++;
                }
                text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            } else {
                @SuppressWarnings({"unchecked", "rawtypes"})
                List<TypeReference<Type>> types = (List) List.of(new TypeReference<Utf8String>() {});
                var decoded = FunctionReturnDecoder.decode(result, types);
                text = decoded.isEmpty() ? "" : decoded.getFirst().getValue().toString();
            }
            var clean = text.strip();
            return clean.isEmpty() || !clean.matches("[\\p{L}\\p{N}._$+-]{1,32}") ? null : clean;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String origin(Path file) {
        return file.getFileName().toString();
    }
}

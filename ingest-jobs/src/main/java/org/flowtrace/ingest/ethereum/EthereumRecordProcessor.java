package org.flowtrace.ingest.ethereum;

import static org.flowtrace.ingest.erc20.EvmLogDecoder.address;
import static org.flowtrace.ingest.erc20.EvmLogDecoder.amount;
import static org.flowtrace.ingest.erc20.EvmLogDecoder.hash;
import static org.flowtrace.ingest.erc20.EvmLogDecoder.quantity;
import static org.flowtrace.ingest.erc20.EvmLogDecoder.required;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.Erc20Transfer;
import org.flowtrace.ingest.erc20.Erc20TransferDecoder;
import org.flowtrace.ingest.erc20.Erc721Transfer;
import org.flowtrace.ingest.erc20.EvmLogDecoder;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.StablecoinPar;
import org.flowtrace.ingest.erc20.Token;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns Ethereum export records into transfers, or rejects them with field and reason, or passes over
 * records that move no value. Pure apart from learning its run when the step starts.
 *
 * <ul>
 *   <li>ERC-20 {@code Transfer} logs (and ethereum-etl's decoded token transfers) become transfers keyed
 *       {@code ETHEREUM:<tx>:<logIndex>}, the raw value divided by 10^decimals of the token, whose
 *       decimals come from the {@link TokenRegistry} or a decimals export in the folder — a token with
 *       neither is rejected ("token without decimals"), never guessed. ERC-721 transfers are rejected:
 *       they move a token id, not an amount.
 *   <li>Transactions that moved ether become transfers keyed {@code ETHEREUM:<tx>}; zero-value ones and
 *       those whose receipt says they failed moved nothing and are passed over. A transaction whose
 *       receipt is nowhere in the export is loaded with {@code txStatus: unknown}.
 *   <li>A log's time is its block's, from the log itself or from the folder's block files.
 * </ul>
 */
public final class EthereumRecordProcessor
        implements ItemProcessor<EvmExportRecord, ChainTransfer>, StepExecutionListener {

    private final TokenRegistry tokens;
    private final EvmFacts folder;
    private @Nullable RunSource run;

    public EthereumRecordProcessor(TokenRegistry tokens, EvmFacts folder) {
        this.tokens = tokens;
        this.folder = folder;
    }

    /** For tests and callers outside a step: a processor that already knows its run. */
    public EthereumRecordProcessor(TokenRegistry tokens, EvmFacts folder, RunSource run) {
        this(tokens, folder);
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public @Nullable ChainTransfer process(EvmExportRecord record) {
        return switch (record) {
            case EvmExportRecord.Log log -> log(log);
            case EvmExportRecord.Transaction transaction -> transaction(transaction.transaction());
            case EvmExportRecord.DecodedTransfer decoded -> decoded(decoded.transfer());
            case EvmExportRecord.InternalTransfer internal -> internal(internal);
            case EvmExportRecord.Failure failure ->
                throw new MalformedRecordException(source(), failure.position(), null, failure.reason());
            case EvmExportRecord.Other other -> null;
        };
    }

    private @Nullable ChainTransfer log(EvmExportRecord.Log record) {
        if (!Erc20TransferDecoder.mayBeTransfer(record.log())) {
            return null;
        }
        var log = EvmLogDecoder.decode(record.log(), source());
        var decoded = Erc20TransferDecoder.decode(log, source());
        if (decoded.isEmpty()) {
            return null;
        }
        return switch (decoded.get()) {
            case Erc721Transfer nft ->
                throw new MalformedRecordException(
                        source(),
                        log.locator(),
                        "topics",
                        "ERC-721 transfer of token id " + nft.tokenId() + " (4 topics, no data): not an ERC-20 amount");
            case Erc20Transfer transfer ->
                tokenTransfer(
                        transfer.contract(),
                        "address",
                        transfer.from(),
                        transfer.to(),
                        transfer.value(),
                        log.transactionHash(),
                        log.logIndex(),
                        log.blockNumber(),
                        log.blockTimestamp(),
                        log.locator());
        };
    }

    private ChainTransfer decoded(RawTokenTransfer raw) {
        var source = source();
        var locator = raw.locator();
        var contract =
                address(required(raw.token(), source, locator, "token_address"), source, locator, "token_address");
        var from = address(required(raw.from(), source, locator, "from_address"), source, locator, "from_address");
        var to = address(required(raw.to(), source, locator, "to_address"), source, locator, "to_address");
        var value = amount(Radix.DECIMAL, required(raw.value(), source, locator, "value"), source, locator, "value");
        var tx = hash(
                required(raw.transactionHash(), source, locator, "transaction_hash"),
                source,
                locator,
                "transaction_hash");
        long logIndex = quantity(
                Radix.DECIMAL, required(raw.logIndex(), source, locator, "log_index"), source, locator, "log_index");
        long block = quantity(
                Radix.DECIMAL,
                required(raw.blockNumber(), source, locator, "block_number"),
                source,
                locator,
                "block_number");
        Instant timestamp = raw.blockTimestamp() == null
                ? null
                : Instant.ofEpochSecond(
                        quantity(Radix.DECIMAL, raw.blockTimestamp(), source, locator, "block_timestamp"));
        var canonical = "block " + block + " tx " + tx + " log " + logIndex;
        return tokenTransfer(contract, "token_address", from, to, value, tx, logIndex, block, timestamp, canonical);
    }

    private ChainTransfer tokenTransfer(
            String contract,
            String contractField,
            String from,
            String to,
            BigInteger value,
            String tx,
            long logIndex,
            long block,
            @Nullable Instant timestamp,
            String locator) {
        var token = token(contract, contractField, locator);
        var at = timestamp != null ? timestamp : blockTime(block, locator);
        var money = Money.ofRaw(value, token.asset());
        var transfer = new Transfer(
                "ETHEREUM:" + tx + ":" + logIndex,
                WalletRef.of(Chain.ETHEREUM, from),
                WalletRef.of(Chain.ETHEREUM, to),
                money,
                at,
                null,
                token.usdPegged() ? StablecoinPar.value(money, at) : null,
                run().at(locator),
                null,
                "ERC-20");
        return new ChainTransfer(transfer, block, tx, logIndex, "success", Map.of());
    }

    private @Nullable ChainTransfer transaction(RawTransaction raw) {
        var source = source();
        var locator = raw.locator();
        var radix = raw.radix();
        var hash = hash(required(raw.hash(), source, locator, "hash"), source, locator, "hash");
        var fromText = required(raw.from(), source, locator, name(radix, "from", "from_address"));
        var from = address(fromText, source, locator, name(radix, "from", "from_address"));
        var value = amount(radix, required(raw.value(), source, locator, "value"), source, locator, "value");
        long block = quantity(
                radix,
                required(raw.blockNumber(), source, locator, name(radix, "blockNumber", "block_number")),
                source,
                locator,
                name(radix, "blockNumber", "block_number"));
        var canonical = "block " + block + " tx " + hash;
        if (value.signum() == 0) {
            return null;
        }
        var receipt = folder.receipt(hash);
        var statusText = raw.status() != null
                ? raw.status()
                : receipt.map(EvmFolderIndex.Receipt::status).orElse(null);
        var status = status(statusText, canonical);
        if (status == Status.FAILED) {
            return null;
        }
        var toText = raw.to();
        if (toText == null || toText.isBlank()) {
            toText = raw.contractAddress() != null
                    ? raw.contractAddress()
                    : receipt.map(EvmFolderIndex.Receipt::contractAddress).orElse(null);
            if (toText == null) {
                throw new MalformedRecordException(
                        source,
                        canonical,
                        name(radix, "to", "to_address"),
                        "contract creation whose new contract address is in no receipt of the export");
            }
        }
        var to = address(toText, source, canonical, name(radix, "to", "to_address"));
        Instant at = raw.blockTimestamp() != null
                ? Instant.ofEpochSecond(quantity(
                        radix, raw.blockTimestamp(), source, canonical, name(radix, "timestamp", "block_timestamp")))
                : blockTime(block, canonical);
        var transfer = new Transfer(
                "ETHEREUM:" + hash,
                new WalletRef(Chain.ETHEREUM, from, fromText.strip()),
                new WalletRef(Chain.ETHEREUM, to, toText.strip()),
                Money.ofRaw(value, Asset.ETH),
                at,
                null,
                null,
                run().at(canonical),
                null,
                "ETH");
        return new ChainTransfer(
                transfer, block, hash, null, status == Status.SUCCESS ? "success" : "unknown", Map.of());
    }

    /**
     * A value transfer inside a transaction (a contract paying ether on), from a node's traces: key
     * {@code ETHEREUM:<tx>:trace:<trace address>}, channel {@code ETH-internal}.
     */
    private ChainTransfer internal(EvmExportRecord.InternalTransfer raw) {
        var source = source();
        var locator = raw.locator();
        var tx = hash(raw.transactionHash(), source, locator, "transactionHash");
        var from = address(raw.from(), source, locator, "from");
        var to = address(raw.to(), source, locator, "to");
        var value = amount(Radix.HEX, raw.value(), source, locator, "value");
        var transfer = new Transfer(
                "ETHEREUM:" + tx + ":trace:" + raw.traceAddress(),
                new WalletRef(Chain.ETHEREUM, from, raw.from().strip()),
                new WalletRef(Chain.ETHEREUM, to, raw.to().strip()),
                Money.ofRaw(value, Asset.ETH),
                raw.blockTimestamp(),
                null,
                null,
                run().at(locator),
                null,
                "ETH-internal");
        return new ChainTransfer(transfer, raw.block(), tx, null, "success", Map.of());
    }

    private enum Status {
        SUCCESS,
        FAILED,
        UNKNOWN
    }

    private Status status(@Nullable String text, String locator) {
        if (text == null || text.isBlank()) {
            return Status.UNKNOWN;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "0x1", "1" -> Status.SUCCESS;
            case "0x0", "0" -> Status.FAILED;
            default ->
                throw new MalformedRecordException(
                        source(), locator, "status", "not a receipt status (0 or 1): '" + text + "'");
        };
    }

    private Token token(String contract, String field, String locator) {
        var known = tokens.find(Chain.ETHEREUM, contract);
        if (known.isPresent()) {
            return known.get();
        }
        return folder.token(contract)
                .map(facts -> new Token(
                        Chain.ETHEREUM,
                        contract,
                        facts.symbol() == null ? contract : facts.symbol(),
                        facts.decimals(),
                        facts.origin()))
                .orElseThrow(() -> new MalformedRecordException(
                        source(),
                        locator,
                        field,
                        "token without decimals: " + contract + " is not in the token registry and "
                                + folder.missingDecimals()));
    }

    private Instant blockTime(long block, String locator) {
        return folder.blockTime(block)
                .orElseThrow(() -> new MalformedRecordException(
                        source(),
                        locator,
                        "blockTimestamp",
                        "no block timestamp: block " + block + " is in no block file of the export"));
    }

    private static String name(Radix radix, String rpc, String etl) {
        return radix == Radix.HEX ? rpc : etl;
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("Ethereum processor used outside its step");
        }
        return run;
    }

    private String source() {
        return run().input();
    }
}

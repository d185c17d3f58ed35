package org.flowtrace.ingest.tron;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Sha256;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.Erc20Transfer;
import org.flowtrace.ingest.erc20.Erc20TransferDecoder;
import org.flowtrace.ingest.erc20.Erc721Transfer;
import org.flowtrace.ingest.erc20.EvmLogDecoder;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.RawLog;
import org.flowtrace.ingest.erc20.StablecoinPar;
import org.flowtrace.ingest.erc20.Token;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.ethereum.EvmFacts;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Turns TRON export records into TRC-20 transfers, or rejects them with field and reason, or passes
 * over what moves no token value (approvals, other events, TRX coin transactions, block headers).
 *
 * <p>Natural key: {@code TRON:<txid>:trc20:<h>} where {@code h} is the first 16 hex digits of the
 * SHA-256 of {@code contract|from|to|raw value} (base58 addresses), followed by {@code :<n>} for the
 * n-th identical transfer of one transaction (n ≥ 2). TronGrid's account history states no event
 * index, so a key from content is the one on which all three sources — account history, contract
 * events, JSON-RPC logs — agree: the same transfer read from two of them is one transfer.
 *
 * <p>Decimals come from the token registry; for a token not in it, from the {@code token_info} of the
 * account history (TronGrid reads it from the contract), or from a decimals export in the folder; a
 * {@code token_info} that contradicts the registry is rejected. TronGrid times are milliseconds,
 * JSON-RPC block timestamps seconds.
 */
public final class TronRecordProcessor implements ItemProcessor<TronRecord, ChainTransfer>, StepExecutionListener {

    private final TokenRegistry tokens;
    private final EvmFacts folder;
    private @Nullable RunSource run;

    public TronRecordProcessor(TokenRegistry tokens, EvmFacts folder) {
        this.tokens = tokens;
        this.folder = folder;
    }

    /** For tests and callers outside a step: a processor that already knows its run. */
    public TronRecordProcessor(TokenRegistry tokens, EvmFacts folder, RunSource run) {
        this(tokens, folder);
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public @Nullable ChainTransfer process(TronRecord record) {
        return switch (record) {
            case TronRecord.HistoryItem history -> history(history);
            case TronRecord.EventItem event -> event(event);
            case TronRecord.JsonRpc rpc -> jsonRpc(rpc);
            case TronRecord.Failure failure ->
                throw new MalformedRecordException(source(), failure.position(), null, failure.reason());
            case TronRecord.Other other -> null;
        };
    }

    private @Nullable ChainTransfer history(TronRecord.HistoryItem record) {
        var item = record.item();
        var locator = record.locator();
        var type = required(item, "type", locator);
        if (!"Transfer".equals(type)) {
            return null;
        }
        var tx = txid(required(item, "transaction_id", locator), locator, "transaction_id");
        var info = item.path("token_info");
        var contract = address(required(info, "address", locator, "token_info.address"), locator, "token_info.address");
        var stated = text(info, "decimals");
        var token = tokens.find(Chain.TRON, contract.base58()).orElse(null);
        if (token != null && stated != null && !stated.equals(Integer.toString(token.decimals()))) {
            throw new MalformedRecordException(
                    source(),
                    locator,
                    "token_info.decimals",
                    "states " + stated + " decimals, the token registry " + token.decimals() + " for "
                            + token.symbol());
        }
        if (token == null && stated != null) {
            int decimals =
                    (int) EvmLogDecoder.quantity(Radix.DECIMAL, stated, source(), locator, "token_info.decimals");
            var symbol = text(info, "symbol");
            token = new Token(
                    Chain.TRON,
                    contract.base58(),
                    symbol == null ? contract.base58() : symbol,
                    decimals,
                    "TronGrid token_info");
        }
        var from = address(required(item, "from", locator), locator, "from");
        var to = address(required(item, "to", locator), locator, "to");
        var value = EvmLogDecoder.amount(Radix.DECIMAL, required(item, "value", locator), source(), locator, "value");
        var at = millis(required(item, "block_timestamp", locator), locator);
        return transfer(
                tokenOrReject(token, contract, locator, "token_info.address"),
                tx,
                from,
                to,
                value,
                at,
                null,
                null,
                record.occurrence(),
                locator);
    }

    private @Nullable ChainTransfer event(TronRecord.EventItem record) {
        var item = record.item();
        var locator = record.locator();
        var name = text(item, "event_name");
        if (name == null) {
            var signature = text(item, "event");
            name = signature == null ? null : signature.replaceFirst("\\(.*", "");
        }
        if (!"Transfer".equals(name)) {
            return null;
        }
        var tx = txid(required(item, "transaction_id", locator), locator, "transaction_id");
        var contract = address(required(item, "contract_address", locator), locator, "contract_address");
        var result = item.path("result");
        var from = address(required(result, "from", locator, "result.from"), locator, "result.from");
        var to = address(required(result, "to", locator, "result.to"), locator, "result.to");
        var value = EvmLogDecoder.amount(
                Radix.DECIMAL, required(result, "value", locator, "result.value"), source(), locator, "result.value");
        var at = millis(required(item, "block_timestamp", locator), locator);
        var block = text(item, "block_number") == null
                ? null
                : EvmLogDecoder.quantity(Radix.DECIMAL, text(item, "block_number"), source(), locator, "block_number");
        var eventIndex = text(item, "event_index") == null
                ? null
                : EvmLogDecoder.quantity(Radix.DECIMAL, text(item, "event_index"), source(), locator, "event_index");
        var token = tokens.find(Chain.TRON, contract.base58()).orElse(null);
        return transfer(
                tokenOrReject(token, contract, locator, "contract_address"),
                tx,
                from,
                to,
                value,
                at,
                block,
                eventIndex,
                record.occurrence(),
                locator);
    }

    private @Nullable ChainTransfer jsonRpc(TronRecord.JsonRpc record) {
        if (!(record.record() instanceof EvmExportRecord.Log logRecord)) {
            return switch (record.record()) {
                case EvmExportRecord.Failure failure ->
                    throw new MalformedRecordException(source(), failure.position(), null, failure.reason());
                default -> null;
            };
        }
        RawLog raw = logRecord.log();
        if (!Erc20TransferDecoder.mayBeTransfer(raw)) {
            return null;
        }
        var log = EvmLogDecoder.decode(raw, source());
        var decoded = Erc20TransferDecoder.decode(log, source()).orElse(null);
        if (decoded == null) {
            return null;
        }
        if (decoded instanceof Erc721Transfer nft) {
            throw new MalformedRecordException(
                    source(),
                    log.locator(),
                    "topics",
                    "TRC-721 transfer of token id " + nft.tokenId() + " (4 topics, no data): not a TRC-20 amount");
        }
        var transfer = (Erc20Transfer) decoded;
        var contract = TronAddress.parse(transfer.contract());
        var at = log.blockTimestamp() != null
                ? log.blockTimestamp()
                : folder.blockTime(log.blockNumber())
                        .orElseThrow(() -> new MalformedRecordException(
                                source(),
                                log.locator(),
                                "blockTimestamp",
                                "no block timestamp: block " + log.blockNumber()
                                        + " is in no block file of the export"));
        var token = tokens.find(Chain.TRON, contract.base58())
                .or(() -> folder.token(transfer.contract())
                        .map(facts -> new Token(
                                Chain.TRON,
                                contract.base58(),
                                facts.symbol() == null ? contract.base58() : facts.symbol(),
                                facts.decimals(),
                                facts.origin())))
                .orElse(null);
        return transfer(
                tokenOrReject(token, contract, log.locator(), "address"),
                log.transactionHash().substring(2),
                TronAddress.parse(transfer.from()),
                TronAddress.parse(transfer.to()),
                transfer.value(),
                at,
                log.blockNumber(),
                log.logIndex(),
                record.occurrence(),
                log.locator());
    }

    private ChainTransfer transfer(
            Token token,
            String tx,
            TronAddress from,
            TronAddress to,
            BigInteger value,
            Instant at,
            @Nullable Long block,
            @Nullable Long index,
            int occurrence,
            String locator) {
        var content = String.join("|", token.contract(), from.base58(), to.base58(), value.toString());
        var id = "TRON:" + tx + ":trc20:" + Sha256.hex(content).substring(0, 16)
                + (occurrence > 1 ? ":" + occurrence : "");
        var money = Money.ofRaw(value, token.asset());
        var transfer = new Transfer(
                id,
                WalletRef.of(Chain.TRON, from.base58()),
                WalletRef.of(Chain.TRON, to.base58()),
                money,
                at,
                null,
                token.usdPegged() ? StablecoinPar.value(money, at) : null,
                run().at(locator),
                null,
                "TRC-20");
        return new ChainTransfer(
                transfer,
                block,
                tx,
                index,
                "success",
                Map.of("TRON:" + from.base58(), from.hex(), "TRON:" + to.base58(), to.hex()));
    }

    private Token tokenOrReject(@Nullable Token token, TronAddress contract, String locator, String field) {
        if (token == null) {
            throw new MalformedRecordException(
                    source(),
                    locator,
                    field,
                    "token without decimals: " + contract.base58()
                            + " is not in the token registry and the export states no decimals");
        }
        return token;
    }

    private TronAddress address(String text, String locator, String field) {
        try {
            return TronAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(source(), locator, field, e.getMessage());
        }
    }

    private String txid(String text, String locator, String field) {
        var trimmed = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^0x", "");
        if (!trimmed.matches("[0-9a-f]{64}")) {
            throw new MalformedRecordException(
                    source(),
                    locator,
                    field,
                    "not a 32-byte hex transaction id: '" + EvmLogDecoder.abbreviate(text) + "'");
        }
        return trimmed;
    }

    private Instant millis(String text, String locator) {
        return Instant.ofEpochMilli(EvmLogDecoder.quantity(Radix.DECIMAL, text, source(), locator, "block_timestamp"));
    }

    private String required(JsonNode node, String field, String locator) {
        return required(node, field, locator, field);
    }

    private String required(JsonNode node, String field, String locator, String name) {
        return EvmLogDecoder.required(text(node, field), source(), locator, name);
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("TRON processor used outside its step");
        }
        return run;
    }

    private String source() {
        return run().input();
    }
}

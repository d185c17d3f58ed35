package org.flowtrace.graph.transfer;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.WalletRef;

/**
 * The stored properties of a transfer, its endpoints and its asset (keys and {@code prov} aside), in
 * one place, so the transactional writer and the bulk import store exactly the same graph. Values
 * are driver-ready: strings, numbers, {@code OffsetDateTime} (UTC) and {@code LocalDate}.
 */
public final class TransferProperties {

    private TransferProperties() {}

    /** Properties of the TRANSFER relationship besides {@code id} and {@code prov}. */
    public static Map<String, Object> relationship(Transfer transfer) {
        var props = new LinkedHashMap<String, Object>();
        props.put("amount", transfer.amount().canonical());
        props.put("asset", transfer.amount().asset().code());
        props.put("amountApprox", transfer.amount().amount().doubleValue());
        props.put("at", transfer.at().atOffset(ZoneOffset.UTC));
        props.put("rail", transfer.rail());
        if (transfer.reference() != null) {
            props.put("reference", transfer.reference());
        }
        if (transfer.channel() != null) {
            props.put("channel", transfer.channel());
        }
        var received = transfer.received();
        if (received != null) {
            props.put("received", received.canonical());
            props.put("receivedAsset", received.asset().code());
        }
        var usd = transfer.usd();
        if (usd != null) {
            props.put("usd", usd.usd().toPlainString());
            props.put("usdApprox", usd.usd().doubleValue());
            props.put("usdRate", usd.rate().toPlainString());
            props.put("usdRateSource", usd.rateSource());
            props.put("usdRateDate", usd.rateDate());
        }
        return props;
    }

    /** Properties of an Account or Wallet node besides {@code key} and {@code prov}. */
    public static Map<String, Object> endpoint(Endpoint endpoint) {
        return switch (endpoint) {
            case AccountRef account -> Map.of("institution", account.institution(), "number", account.number());
            case WalletRef wallet ->
                Map.of("chain", wallet.chain().name(), "address", wallet.address(), "written", wallet.written());
        };
    }

    /** Properties of an Asset node besides {@code code} and {@code prov}. */
    public static Map<String, Object> asset(Asset asset) {
        var props = new LinkedHashMap<String, Object>();
        props.put("symbol", asset.symbol());
        props.put("decimals", asset.decimals());
        props.put("kind", asset.kind().name());
        if (asset.chain() != null) {
            props.put("chain", asset.chain().name());
        }
        if (asset.contract() != null) {
            props.put("contract", asset.contract());
        }
        return props;
    }
}

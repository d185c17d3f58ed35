package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.transfer.TransferWriter;
import org.jspecify.annotations.Nullable;

/** Transfers for tracing ITs, written through the production writer; USD at 1, USDT at par, other assets unvalued. */
final class TraceGraph {

    static final Asset USDT_TRON = Asset.token(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT", 6);
    private static final String SHA = HexFormat.of().formatHex(new byte[32]);

    private final List<Transfer> transfers = new ArrayList<>();

    static AccountRef account(String key) {
        var colon = key.indexOf(':');
        return new AccountRef(key.substring(0, colon), key.substring(colon + 1));
    }

    static WalletRef tron(String address) {
        return WalletRef.of(Chain.TRON, address);
    }

    TraceGraph pay(String id, Endpoint from, Endpoint to, String amount, Asset asset, String at) {
        return pay(id, from, to, amount, asset, at, null);
    }

    /** A transfer; {@code received} (same asset) below {@code amount} records a fee. */
    TraceGraph pay(
            String id, Endpoint from, Endpoint to, String amount, Asset asset, String at, @Nullable String received) {
        var money = new Money(new BigDecimal(amount), asset);
        var when = Instant.parse(at);
        UsdValue usd = null;
        if (asset.code().equals("USD") || asset.symbol().equals("USDT")) {
            usd = UsdValue.of(money, BigDecimal.ONE, "par", LocalDate.ofInstant(when, ZoneOffset.UTC));
        }
        transfers.add(new Transfer(
                id,
                from,
                to,
                money,
                when,
                null,
                usd,
                new Provenance("test-1", SHA, id),
                received == null ? null : new Money(new BigDecimal(received), asset),
                null));
        return this;
    }

    void write(GraphConnection graph) {
        new TransferWriter(graph).write(List.copyOf(transfers));
    }

    /** Runs a fixture statement (links, tags) with parameters. */
    static void cypher(GraphConnection graph, String cypher, Map<String, Object> parameters) {
        graph.query(cypher).withParameters(parameters).execute();
    }
}

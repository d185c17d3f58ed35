package org.flowtrace.analytics.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Record;

/**
 * Reads every {@code TRANSFER} once, streaming, into a {@link TransferProjection}. Evaluation labels
 * are not read: detectors see the evidence only.
 */
public final class TransferProjectionReader {

    private static final String TRANSFERS = """
            MATCH (a)-[t:TRANSFER]->(b)
            RETURN a.key AS from, a:Wallet AS fromWallet, b.key AS to, b:Wallet AS toWallet,
                   t.id AS id, t.at.epochSeconds AS at, t.usdApprox AS usd, coalesce(t.channel, '') AS channel,
                   t.amount AS amount
            """;

    private final GraphConnection graph;

    public TransferProjectionReader(GraphConnection graph) {
        this.graph = graph;
    }

    public TransferProjection read() {
        var index = new HashMap<String, Integer>();
        var keys = new ArrayList<String>();
        var wallets = new ArrayList<Boolean>();
        var rows = new ArrayList<Row>();
        var channels = new HashMap<String, String>();
        try (var session = graph.driver().session(graph.sessionConfig())) {
            var result = session.run(TRANSFERS);
            while (result.hasNext()) {
                Record record = result.next();
                int from = endpoint(
                        record.get("from").asString(), record.get("fromWallet").asBoolean(), index, keys, wallets);
                int to = endpoint(
                        record.get("to").asString(), record.get("toWallet").asBoolean(), index, keys, wallets);
                var usd = record.get("usd");
                var channel = record.get("channel").asString();
                rows.add(new Row(
                        record.get("id").asString(),
                        from,
                        to,
                        record.get("at").asLong(),
                        usd.isNull() ? Double.NaN : usd.asDouble(),
                        channels.computeIfAbsent(channel, c -> c),
                        wholeZeros(record.get("amount").asString(null))));
            }
        }
        rows.sort(Row.IN_TIME_ORDER);
        int m = rows.size();
        var ids = new String[m];
        var from = new int[m];
        var to = new int[m];
        var at = new long[m];
        var usd = new double[m];
        var channel = new String[m];
        var wholeZeros = new byte[m];
        for (int t = 0; t < m; t++) {
            var row = rows.get(t);
            ids[t] = row.id();
            from[t] = row.from();
            to[t] = row.to();
            at[t] = row.at();
            usd[t] = row.usd();
            channel[t] = row.channel();
            wholeZeros[t] = row.wholeZeros();
        }
        var wallet = new boolean[keys.size()];
        for (int e = 0; e < wallet.length; e++) {
            wallet[e] = wallets.get(e);
        }
        return new TransferProjection(keys.toArray(String[]::new), wallet, ids, from, to, at, usd, channel, wholeZeros);
    }

    private static int endpoint(
            String key, boolean wallet, Map<String, Integer> index, List<String> keys, List<Boolean> wallets) {
        var label = (wallet ? "W" : "A") + key;
        return index.computeIfAbsent(label, k -> {
            keys.add(key);
            wallets.add(wallet);
            return keys.size() - 1;
        });
    }

    /** The trailing zeros of a whole amount written as a plain decimal ({@code "25000.00"}: 3), else -1. */
    static byte wholeZeros(String amount) {
        if (amount == null) {
            return -1;
        }
        int point = amount.indexOf('.');
        int end = point < 0 ? amount.length() : point;
        for (int i = end + 1; i < amount.length(); i++) {
            if (amount.charAt(i) != '0') {
                return -1;
            }
        }
        int zeros = 0;
        while (zeros < end && amount.charAt(end - 1 - zeros) == '0') {
            zeros++;
        }
        int digits = end - (amount.startsWith("-") ? 1 : 0);
        return zeros == digits ? -1 : (byte) Math.min(zeros, Byte.MAX_VALUE); // zero is not a round amount
    }

    private record Row(String id, int from, int to, long at, double usd, String channel, byte wholeZeros) {
        /** Time, then id, so that equal times have one order whatever the database returned. */
        static final java.util.Comparator<Row> IN_TIME_ORDER =
                java.util.Comparator.comparingLong(Row::at).thenComparing(Row::id);
    }
}

package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.AssetKind;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Money;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Reads what a trace needs from the graph: the complete transfer history of accounts and wallets up
 * to a time, what is known about each endpoint (exchange tag, bank evidence, explicit links), and
 * single transfers. Every transfer is valued in USD at its stored exact {@code usd} value (USD
 * transfers at their amount); a transfer without a USD value cannot be allocated against the others
 * and is left out, with a note. A fee is recorded where a transfer's {@code received} amount, in the
 * same asset, is less than what was sent.
 */
public final class TransferHistoryReader {

    /** USD cents: the unit and scale every trace counts in. */
    static final int SCALE = 2;

    private static final String ENDPOINT = """
            CALL (key) { MATCH (n:Account {key: key}) RETURN n UNION MATCH (n:Wallet {key: key}) RETURN n }
            """;

    private static final String HISTORY = """
            UNWIND $rows AS row
            WITH row.key AS key, row.until AS until
            %s
            MATCH (n)-[t:TRANSFER]-()
            WHERE t.at <= until
            WITH DISTINCT t
            MATCH (a)-[t]->(b)
            RETURN t.id AS id, a.key AS from, b.key AS to, t.at AS at, t.amount AS amount, t.asset AS asset,
                   t.usd AS usd, t.usdRate AS rate, toString(t.usdRateDate) AS rateDate,
                   t.received AS received, t.receivedAsset AS receivedAsset
            """.formatted(ENDPOINT);

    private static final String TRANSFER = """
            MATCH (a)-[t:TRANSFER {id: $id}]->(b)
            RETURN t.id AS id, a.key AS from, b.key AS to, t.at AS at, t.amount AS amount, t.asset AS asset,
                   t.usd AS usd, t.usdRate AS rate, toString(t.usdRateDate) AS rateDate,
                   t.received AS received, t.receivedAsset AS receivedAsset
            """;

    /** What discovery needs: the exchange flag and the links (cheap for accounts with many transfers). */
    private static final String INFO = """
            UNWIND $keys AS key
            %s
            RETURN key, n:Wallet AS wallet, coalesce(n.custodial, false) AS custodial,
                   [] AS tags, false AS bankReports,
                   [(n)-[:SAME_AS {status: 'CONFIRMED'}]-(m) WHERE m:Account OR m:Wallet | m.key] AS sameAs,
                   [(n)<-[:HOLDS|CONTROLS_WALLET]-(p:Party)-[:HOLDS|CONTROLS_WALLET]->(m)
                      WHERE (m:Account OR m:Wallet) AND m <> n AND (m:Wallet) <> (n:Wallet) | [m.key, p.key]] AS owned
            """.formatted(ENDPOINT);

    /** What an endpoint's freeze flags need besides: its tags, and whether its bank's own evidence is loaded. */
    private static final String DETAILS = """
            UNWIND $keys AS key
            %s
            RETURN key, n:Wallet AS wallet, coalesce(n.custodial, false) AS custodial,
                   [(n)-[:TAGGED]->(tag:Tag) | coalesce(tag.label, tag.key)] AS tags,
                   EXISTS { (:Report)-[:NAMES]->(n) }
                     OR EXISTS { (n)-[s:TRANSFER]-() WHERE s.id STARTS WITH 'camt:' + n.key + ':' } AS bankReports,
                   [] AS sameAs, [] AS owned
            """.formatted(ENDPOINT);

    private static final String ASSETS = """
            MATCH (x:Asset)
            RETURN x.code AS code, x.symbol AS symbol, x.decimals AS decimals, x.kind AS kind, x.chain AS chain,
                   x.contract AS contract
            """;

    private final GraphConnection graph;
    private final Map<String, Asset> assets = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    public TransferHistoryReader(GraphConnection graph) {
        this.graph = graph;
    }

    /** Every transfer into or out of these endpoints up to {@code until}, once each. */
    List<Flow> histories(Collection<String> keys, Instant until) {
        var untils = new LinkedHashMap<String, Instant>();
        keys.forEach(k -> untils.put(k, until));
        return histories(untils);
    }

    /** Every transfer into or out of each endpoint up to its own time, once each. */
    List<Flow> histories(Map<String, Instant> untilByKey) {
        if (untilByKey.isEmpty()) {
            return List.of();
        }
        loadAssets();
        var rows = new ArrayList<Map<String, Object>>();
        untilByKey.forEach(
                (key, until) -> rows.add(Map.of("key", key, "until", until.atOffset(java.time.ZoneOffset.UTC))));
        return graph.readQuery(HISTORY).withParameters(Map.of("rows", rows)).execute().records().stream()
                .map(this::flow)
                .flatMap(Optional::stream)
                .toList();
    }

    /** One transfer by its id. */
    Optional<Flow> transfer(String id) {
        loadAssets();
        return graph.readQuery(TRANSFER).withParameters(Map.of("id", id)).execute().records().stream()
                .findFirst()
                .flatMap(this::flow);
    }

    /** Whether these endpoints are exchanges, and their links; keys the graph does not hold are left out. */
    Map<String, EndpointInfo> endpoints(Collection<String> keys) {
        return read(INFO, keys);
    }

    /** Everything about these endpoints a freeze request needs: exchange flag and tags, bank evidence (no links). */
    Map<String, EndpointInfo> details(Collection<String> keys) {
        return read(DETAILS, keys);
    }

    private Map<String, EndpointInfo> read(String query, Collection<String> keys) {
        var infos = new LinkedHashMap<String, EndpointInfo>();
        if (keys.isEmpty()) {
            return infos;
        }
        graph.readQuery(query)
                .withParameters(Map.of("keys", List.copyOf(keys)))
                .execute()
                .records()
                .forEach(r -> {
                    var links = new ArrayList<EndpointInfo.Link>();
                    r.get("sameAs")
                            .asList(v -> v.asString())
                            .forEach(m -> links.add(new EndpointInfo.Link(m, "SAME_AS (confirmed)")));
                    r.get("owned")
                            .asList(v -> v.asList(x -> x.asString()))
                            .forEach(pair -> links.add(new EndpointInfo.Link(
                                    pair.get(0),
                                    "one party (" + pair.get(1) + ") holds the account and controls the wallet")));
                    var key = r.get("key").asString();
                    infos.put(
                            key,
                            new EndpointInfo(
                                    key,
                                    r.get("wallet").asBoolean(),
                                    r.get("custodial").asBoolean(),
                                    r.get("tags").asList(v -> v.asString()),
                                    r.get("bankReports").asBoolean(),
                                    links));
                });
        return infos;
    }

    /** Transfers left out so far and why. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private Optional<Flow> flow(Record r) {
        var id = r.get("id").asString();
        var asset = asset(r.get("asset").asString(), r.get("amount").asString());
        var amount = new Money(new BigDecimal(r.get("amount").asString()), asset);
        BigDecimal value;
        String valuation;
        if (!r.get("usd").isNull()) {
            value = new BigDecimal(r.get("usd").asString()).setScale(SCALE, RoundingMode.HALF_EVEN);
            valuation = asset.code().equals("USD")
                    ? "USD"
                    : Figures.amount(amount.amount()) + " " + asset.symbol() + " at "
                            + r.get("rate").asString() + " USD/" + asset.symbol() + " of "
                            + r.get("rateDate").asString("?");
        } else if (asset.code().equals("USD")) {
            value = amount.amount().setScale(SCALE, RoundingMode.HALF_EVEN);
            valuation = "USD";
        } else {
            notes.add("transfer " + id + " (" + amount + ") has no USD value (no rate loaded): not followed");
            return Optional.empty();
        }
        var fee = BigDecimal.ZERO.setScale(SCALE);
        if (!r.get("received").isNull()
                && asset.code().equals(r.get("receivedAsset").asString(""))) {
            var received = new BigDecimal(r.get("received").asString());
            if (received.compareTo(amount.amount()) < 0 && amount.amount().signum() > 0) {
                fee = value.multiply(amount.amount().subtract(received))
                        .divide(amount.amount(), SCALE, RoundingMode.HALF_EVEN);
                valuation += "; fee " + Figures.amount(amount.amount().subtract(received)) + " " + asset.symbol()
                        + " (received " + Figures.amount(received) + ")";
            }
        }
        return Optional.of(new Flow(
                id,
                r.get("from").asString(),
                r.get("to").asString(),
                r.get("at").asZonedDateTime().toInstant(),
                amount,
                value,
                fee,
                valuation));
    }

    private void loadAssets() {
        if (!assets.isEmpty()) {
            return;
        }
        graph.readQuery(ASSETS).execute().records().forEach(r -> {
            var kind = AssetKind.valueOf(r.get("kind").asString("FIAT"));
            @Nullable
            Chain chain = r.get("chain").isNull()
                    ? null
                    : Chain.valueOf(r.get("chain").asString());
            assets.put(
                    r.get("code").asString(),
                    new Asset(
                            r.get("code").asString(),
                            r.get("symbol").asString(r.get("code").asString()),
                            r.get("decimals").asInt(2),
                            kind,
                            chain,
                            r.get("contract").asString(null)));
        });
    }

    private Asset asset(String code, String amount) {
        var known = assets.get(code);
        if (known != null) {
            return known;
        }
        int decimals = Math.max(new BigDecimal(amount).scale(), 0);
        return assets.computeIfAbsent(code, c -> new Asset(c, c, decimals, AssetKind.FIAT, null, null));
    }
}

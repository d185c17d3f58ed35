package org.flowtrace.graph.transfer;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.model.Transfer;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a batch of transfers in one transaction: their assets, their endpoints (Account or Wallet
 * nodes, merged on key, in key order) and one {@code TRANSFER} relationship per transfer: looked up by
 * its unique id, created when it is not stored. Every element gets its provenance entry. Writing the
 * same batch again changes nothing.
 *
 * <p>Amounts are stored as exact canonical strings with their asset code; {@code amountApprox} and
 * {@code usdApprox} are doubles for ranking only.
 */
public final class TransferWriter {

    private static final String ASSETS = """
            UNWIND $rows AS row
            MERGE (asset:Asset {code: row.code})
            ON CREATE SET asset += row.props
            """ + append("asset");

    private static final String ENDPOINTS = """
            UNWIND $rows AS row
            MERGE (n:%1$s {key: row.key})
            ON CREATE SET n += row.props
            %2$s
            """;

    /**
     * The transfers of the batch already stored between the same endpoints, with their provenance.
     * Read-only, so the id lookups take no locks; one lookup per id of the batch. Every statement here
     * that finds transfers by id says {@code USING INDEX SEEK}: a plan made while the database is nearly
     * empty may otherwise scan the id index and join, and stays cached while the database grows (the
     * goAML load ran about 30 % slower in about half of the runs before the hint).
     */
    private static final String STORED = """
            UNWIND $ids AS id
            MATCH (a:%1$s)-[t:TRANSFER {id: id}]->(b:%2$s)
            USING INDEX SEEK t:TRANSFER(id)
            RETURN id, a.key AS fromKey, b.key AS toKey, coalesce(t.prov, []) AS prov
            """;

    /** A second source's entry for transfers already stored from another source. */
    private static final String PROVENANCE = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            USING INDEX SEEK t:TRANSFER(id)
            SET t.prov = coalesce(t.prov, []) + row.prov
            """;

    /** Further properties of transfers already stored (see {@link #write(List, Map)}). */
    private static final String DETAILS = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            USING INDEX SEEK t:TRANSFER(id)
            SET t += row.details
            """;

    /**
     * Transfers whose id is not stored between the same endpoints. An id already stored between other
     * endpoints is created again on purpose, so that the uniqueness constraint refuses it as
     * {@code MERGE} did; the batch holds each id once (see {@link #write(TransactionContext, List)}).
     * Cheaper than {@code MERGE} on the pattern, which locks and re-reads both endpoints.
     */
    private static final String TRANSFERS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {key: row.fromKey})
            MATCH (b:%2$s {key: row.toKey})
            CREATE (a)-[t:TRANSFER]->(b)
            SET t = row.props
            """;

    /** Endpoints remembered at most, so that a long run's memory stays bounded (~100 bytes each). */
    private static final int ENDPOINTS_REMEMBERED = 2_000_000;

    private final GraphConnection graph;
    private final Set<String> endpointsWritten = new HashSet<>();

    public TransferWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Writes the batch in one transaction, retried by the driver on transient failures. Endpoints this
     * writer has already committed with the same source's provenance are not written again: a ledger
     * names the same accounts over and over, and merging them again would change nothing.
     */
    public void write(List<Transfer> transfers) {
        write(transfers, Map.of());
    }

    /**
     * As {@link #write(List)}, with further {@code TRANSFER} properties by transfer id (e.g. a chain's
     * block and transaction hash): set when the transfer is created, and set again (to the same
     * values on a re-run) on a transfer already stored, all in the batch's transaction.
     */
    public void write(List<Transfer> transfers, Map<String, Map<String, Object>> details) {
        if (transfers.isEmpty()) {
            return;
        }
        var named = new HashSet<String>();
        for (var transfer : transfers) {
            for (var endpoint : List.of(transfer.from(), transfer.to())) {
                named.add(rememberedAs(endpoint, transfer));
            }
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> write(
                    tx,
                    transfers,
                    details,
                    true,
                    (endpoint, transfer) -> endpointsWritten.contains(rememberedAs(endpoint, transfer))));
        }
        if (endpointsWritten.size() + named.size() > ENDPOINTS_REMEMBERED) {
            endpointsWritten.clear();
        }
        endpointsWritten.addAll(named);
    }

    private static String rememberedAs(Endpoint endpoint, Transfer transfer) {
        return endpoint.label().name() + "|" + endpoint.key() + "|"
                + transfer.provenance().sourceSha256();
    }

    /**
     * Writes the batch inside a transaction the caller manages, so that transfers and the facts written
     * beside them (e.g. the report that states them) commit together. Assets and endpoints are written
     * first, each with the provenance of the first transfer of the batch that names it, so a node's
     * provenance is the first record of its source in file order. A transfer id repeated within the
     * batch is written once, as stated by its first occurrence.
     */
    public static void write(TransactionContext tx, List<Transfer> transfers) {
        write(tx, transfers, Map.of(), true, (endpoint, transfer) -> false);
    }

    /**
     * As {@link #write(TransactionContext, List)}, for a caller that writes further facts about the
     * transfers itself: the transfers it creates get {@code onCreate}'s properties by id as well (the
     * transfer's own properties win where both name one), a transfer already stored gets only this
     * source's provenance entry, and the endpoints for which {@code merged} holds are not merged again
     * (the caller merged them, with their provenance, earlier in the same transaction).
     *
     * @return the ids of the transfers created
     */
    public static Set<String> create(
            TransactionContext tx,
            List<Transfer> transfers,
            Map<String, Map<String, Object>> onCreate,
            Predicate<Endpoint> merged) {
        return write(tx, transfers, onCreate, false, (endpoint, transfer) -> merged.test(endpoint));
    }

    /**
     * @param details further properties by id, set on create, and on stored transfers too when
     *     {@code detailsOnStored}
     * @return the ids of the transfers created
     */
    private static Set<String> write(
            TransactionContext tx,
            List<Transfer> transfers,
            Map<String, Map<String, Object>> details,
            boolean detailsOnStored,
            BiPredicate<Endpoint, Transfer> alreadyWritten) {
        var created = new HashSet<String>();
        if (transfers.isEmpty()) {
            return created;
        }
        var assets = new LinkedHashMap<String, Map<String, Object>>();
        var endpoints = new EnumMap<EndpointLabel, Map<String, Map<String, Object>>>(EndpointLabel.class);
        var byShape = new LinkedHashMap<Shape, Map<String, Transfer>>();
        var ids = new HashSet<String>();
        for (var transfer : transfers) {
            assets.putIfAbsent(transfer.amount().asset().code(), assetRow(transfer));
            for (var endpoint : List.of(transfer.from(), transfer.to())) {
                if (alreadyWritten.test(endpoint, transfer)) {
                    continue;
                }
                endpoints
                        .computeIfAbsent(endpoint.label(), k -> new TreeMap<>())
                        .putIfAbsent(endpoint.key(), endpointRow(endpoint, transfer));
            }
            if (!ids.add(transfer.id())) {
                continue;
            }
            byShape.computeIfAbsent(
                            new Shape(transfer.from().label(), transfer.to().label()), k -> new LinkedHashMap<>())
                    .put(transfer.id(), transfer);
        }
        run(tx, ASSETS, List.copyOf(assets.values()));
        endpoints.forEach((label, rows) ->
                run(tx, ENDPOINTS.formatted(label.cypherLabel(), append("n")), List.copyOf(rows.values())));
        byShape.forEach((shape, batch) -> created.addAll(writeTransfers(tx, shape, batch, details, detailsOnStored)));
        return created;
    }

    /** The two endpoint labels of a transfer, which its Cypher names (labels cannot be parameters). */
    private record Shape(EndpointLabel from, EndpointLabel to) {

        String render(String query) {
            return query.formatted(from.cypherLabel(), to.cypherLabel());
        }
    }

    /**
     * Looks up which of the batch's ids are stored between the same endpoints; those get this source's
     * provenance entry if they lack one, the others are created.
     */
    private static Set<String> writeTransfers(
            TransactionContext tx,
            Shape shape,
            Map<String, Transfer> batch,
            Map<String, Map<String, Object>> details,
            boolean detailsOnStored) {
        var toCreate = new LinkedHashMap<>(batch);
        var provenance = new ArrayList<Map<String, Object>>();
        var storedDetails = new ArrayList<Map<String, Object>>();
        var stored = tx.run(shape.render(STORED), Map.of("ids", List.copyOf(batch.keySet())));
        while (stored.hasNext()) {
            var record = stored.next();
            var transfer = batch.get(record.get("id").asString());
            if (transfer == null
                    || !transfer.from().key().equals(record.get("fromKey").asString(null))
                    || !transfer.to().key().equals(record.get("toKey").asString(null))) {
                continue;
            }
            toCreate.remove(transfer.id());
            var more = details.get(transfer.id());
            if (detailsOnStored && more != null && !more.isEmpty()) {
                storedDetails.add(Map.of("id", transfer.id(), "details", more));
            }
            var marker = "|" + transfer.provenance().sourceSha256() + "|";
            if (record.get("prov").asList(value -> value.asString()).stream().noneMatch(p -> p.contains(marker))) {
                provenance.add(Map.of(
                        "id", transfer.id(), "prov", transfer.provenance().encoded()));
            }
        }
        if (!provenance.isEmpty()) {
            run(tx, PROVENANCE, provenance);
        }
        if (!storedDetails.isEmpty()) {
            run(tx, DETAILS, storedDetails);
        }
        if (!toCreate.isEmpty()) {
            var rows = new ArrayList<Map<String, Object>>(toCreate.size());
            toCreate.values().forEach(transfer -> rows.add(transferRow(transfer, details.get(transfer.id()))));
            run(tx, shape.render(TRANSFERS), rows);
        }
        return toCreate.keySet();
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        tx.run(query, Map.of("rows", rows)).consume();
    }

    private static Map<String, Object> endpointRow(Endpoint endpoint, Transfer transfer) {
        return Map.of(
                "key", endpoint.key(),
                "props", TransferProperties.endpoint(endpoint),
                "prov", transfer.provenance().encoded(),
                "sha256", transfer.provenance().sourceSha256());
    }

    private static Map<String, Object> assetRow(Transfer transfer) {
        return Map.of(
                "code", transfer.amount().asset().code(),
                "props", TransferProperties.asset(transfer.amount().asset()),
                "prov", transfer.provenance().encoded(),
                "sha256", transfer.provenance().sourceSha256());
    }

    private static Map<String, Object> transferRow(Transfer transfer, @Nullable Map<String, Object> details) {
        var props = new HashMap<String, Object>();
        if (details != null) {
            props.putAll(details);
        }
        props.putAll(TransferProperties.relationship(transfer));
        props.put("id", transfer.id());
        props.put("prov", List.of(transfer.provenance().encoded()));
        return Map.of("fromKey", transfer.from().key(), "toKey", transfer.to().key(), "props", props);
    }
}

package org.flowtrace.ingest.camt053;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.party.PartyWriter;
import org.flowtrace.graph.transfer.TransferWriter;
import org.flowtrace.ingest.MalformedRecordException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of camt transactions: the transfers, their statement details (set once, by the first
 * source that states them), and the parties with the accounts they hold. Idempotent.
 *
 * <p>A natural key met again is checked first. The same transaction from another source (a camt.054
 * notification, then the camt.053 statement) only adds that source's provenance. A reference that
 * comes back with a different amount, day or accounts, or twice in one file, is rejected as a duplicate
 * reference, naming where the first one was read: the first one stays, nothing is overwritten.
 */
final class CamtItemWriter implements ItemWriter<CamtTransaction> {

    private static final String STORED = """
            UNWIND $ids AS id
            MATCH (a)-[t:TRANSFER {id: id}]->(b)
            USING INDEX SEEK t:TRANSFER(id)
            RETURN t.id AS id, a.key AS fromKey, b.key AS toKey, t.amount AS amount, t.asset AS asset,
                   t.at AS at, t.prov AS prov
            """;

    private static final String DETAILS = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            USING INDEX SEEK t:TRANSFER(id)
            WHERE t.statementId IS NULL
            SET t += row.details
            """;

    /** What makes two statements of one natural key the same transaction. */
    private record Fingerprint(String fromKey, String toKey, String amount, String asset, Instant at) {

        static Fingerprint of(Transfer transfer) {
            return new Fingerprint(
                    transfer.from().key(),
                    transfer.to().key(),
                    transfer.amount().canonical(),
                    transfer.amount().asset().code(),
                    transfer.at());
        }

        @Override
        public String toString() {
            return amount + " " + asset + " on " + at + " from " + fromKey + " to " + toKey;
        }
    }

    private record Stored(Fingerprint fingerprint, List<Provenance> provenance) {}

    private final GraphConnection graph;
    private final String source;
    private final TransferWriter transfers;
    private final PartyWriter parties;

    CamtItemWriter(GraphConnection graph, String source) {
        this.graph = graph;
        this.source = source;
        this.transfers = new TransferWriter(graph);
        this.parties = new PartyWriter(graph);
    }

    @Override
    public void write(Chunk<? extends CamtTransaction> chunk) {
        List<? extends CamtTransaction> items = chunk.getItems();
        checkDuplicates(items);
        transfers.write(items.stream().map(CamtTransaction::transfer).toList());
        var details = items.stream()
                .map(item -> Map.<String, Object>of("id", item.transfer().id(), "details", item.details()))
                .toList();
        graph.query(DETAILS).withParameters(Map.of("rows", details)).execute();
        parties.write(items.stream().flatMap(item -> item.holdings().stream()).toList());
    }

    private void checkDuplicates(List<? extends CamtTransaction> items) {
        var stored = stored(items.stream().map(item -> item.transfer().id()).toList());
        var inChunk = new HashMap<String, CamtTransaction>();
        for (var item : items) {
            var transfer = item.transfer();
            var fingerprint = Fingerprint.of(transfer);
            var earlier = inChunk.putIfAbsent(transfer.id(), item);
            if (earlier != null) {
                throw duplicate(item, Fingerprint.of(earlier.transfer()), earlier.locator());
            }
            var existing = stored.get(transfer.id());
            if (existing == null) {
                continue;
            }
            var sameSource = existing.provenance().stream()
                    .filter(p -> p.sourceSha256().equals(transfer.provenance().sourceSha256()))
                    .findFirst();
            if (!existing.fingerprint().equals(fingerprint)) {
                var first = existing.provenance().isEmpty()
                        ? "an earlier load"
                        : existing.provenance().getFirst().locator();
                throw duplicate(item, existing.fingerprint(), first);
            }
            if (sameSource.isPresent()
                    && !sameSource.get().locator().equals(transfer.provenance().locator())) {
                throw duplicate(item, existing.fingerprint(), sameSource.get().locator());
            }
        }
    }

    private Map<String, Stored> stored(List<String> ids) {
        var found = new HashMap<String, Stored>();
        graph.readQuery(STORED)
                .withParameters(Map.of("ids", ids))
                .execute()
                .records()
                .forEach(record -> found.put(
                        record.get("id").asString(),
                        new Stored(
                                new Fingerprint(
                                        record.get("fromKey").asString(),
                                        record.get("toKey").asString(),
                                        record.get("amount").asString(),
                                        record.get("asset").asString(),
                                        record.get("at").asZonedDateTime().toInstant()),
                                record.get("prov").asList(value -> Provenance.decode(value.asString())))));
        return found;
    }

    private MalformedRecordException duplicate(CamtTransaction item, Fingerprint first, String firstLocator) {
        var transfer = item.transfer();
        var field = item.details().containsKey("acctSvcrRef") ? "Ntry/AcctSvcrRef" : "Stmt/Id";
        var same = first.equals(Fingerprint.of(transfer));
        var reason = same
                ? "duplicate reference: the same transaction as " + firstLocator + " (" + transfer.id()
                        + "); loaded once"
                : "duplicate reference: " + transfer.id() + " was already loaded from " + firstLocator + " as " + first
                        + "; this one is " + Fingerprint.of(transfer) + "; the first is kept";
        return new MalformedRecordException(source, item.locator(), field, reason);
    }
}

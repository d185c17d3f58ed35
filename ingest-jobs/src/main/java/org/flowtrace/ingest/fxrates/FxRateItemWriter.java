package org.flowtrace.ingest.fxrates;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.fx.FxRate;
import org.flowtrace.graph.fx.FxRateWriter;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.ingest.MalformedRecordException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of rates, once per day and asset. A rate already stored is never changed (transfers
 * may have been valued with it): the same rate from another file only adds that file's provenance; a
 * different rate, or the same day and asset stated twice in one file, is rejected naming the line
 * that was loaded.
 */
final class FxRateItemWriter implements ItemWriter<FxRate> {

    private final FxRateWriter rates;
    private final String source;

    FxRateItemWriter(GraphConnection graph, String source) {
        this.rates = new FxRateWriter(graph);
        this.source = source;
    }

    @Override
    public void write(Chunk<? extends FxRate> chunk) {
        List<? extends FxRate> items = chunk.getItems();
        var stored = rates.stored(items.stream().map(FxRate::key).toList());
        var inChunk = new HashMap<String, FxRate>();
        for (var rate : items) {
            var earlier = inChunk.putIfAbsent(rate.key(), rate);
            if (earlier != null) {
                throw duplicate(rate, earlier.canonicalRate(), earlier.provenance());
            }
            var existing = stored.get(rate.key());
            if (existing == null) {
                continue;
            }
            var first = existing.provenance().getFirst();
            if (existing.usdPerUnit().compareTo(rate.usdPerUnit()) != 0) {
                throw duplicate(rate, existing.usdPerUnit().toPlainString(), first);
            }
            existing.provenance().stream()
                    .filter(p -> p.sourceSha256().equals(rate.provenance().sourceSha256()))
                    .filter(p -> !p.locator().equals(rate.provenance().locator()))
                    .findFirst()
                    .ifPresent(p -> {
                        throw duplicate(rate, existing.usdPerUnit().toPlainString(), p);
                    });
        }
        rates.write(List.copyOf(items));
    }

    private MalformedRecordException duplicate(FxRate rate, String loadedRate, Provenance loaded) {
        var sameFile = loaded.sourceSha256().equals(rate.provenance().sourceSha256());
        var where = (sameFile ? "" : "another file's ") + loaded.locator();
        if (rate.usdPerUnit().compareTo(new BigDecimal(loadedRate)) == 0) {
            return new MalformedRecordException(
                    source,
                    rate.provenance().locator(),
                    FxRateColumns.DATE + "," + FxRateColumns.CURRENCY,
                    "duplicate rate for " + rate.key() + ": already stated at " + where + "; loaded once");
        }
        return new MalformedRecordException(
                source,
                rate.provenance().locator(),
                FxRateColumns.USD_PER_UNIT,
                "conflicting rate for " + rate.key() + ": " + rate.usdPerUnit().toPlainString() + " here, " + loadedRate
                        + " already loaded from " + where + "; the first is kept");
    }
}

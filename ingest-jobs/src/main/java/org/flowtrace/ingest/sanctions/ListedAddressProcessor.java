package org.flowtrace.ingest.sanctions;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraph.DesignationLink;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.DigitalCurrencyAddresses;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.Locatable;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * An address of a list of sanctioned digital-currency addresses (one currency per file, no entry
 * named): a wallet on its chain {@code DESIGNATED_BY} the designation {@code ofac-sdn:address-list}
 * ({@code list: 'OFAC SDN'}). Which entry holds it comes from the SDN list itself, loaded beside it;
 * both meet at the wallet. Addresses of currencies flowtrace keeps no wallets of are counted
 * ({@code addressesOnChainsNotStored}): with no party to hold them there is nothing to link them to.
 *
 * @param <T> the record a line or array element of the list is read as
 */
final class ListedAddressProcessor<T extends Locatable>
        implements ItemProcessor<T, GraphFragment>, StepExecutionListener {

    static final String DESIGNATION = "ofac-sdn:address-list";

    private final String currency;
    private final Function<T, @Nullable String> address;
    private final AtomicLong offChain = new AtomicLong();
    private @Nullable RunSource run;

    ListedAddressProcessor(String currency, Function<T, @Nullable String> address) {
        this.currency = currency;
        this.address = address;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunSource.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, "addressesOnChainsNotStored", offChain.get());
        return stepExecution.getExitStatus();
    }

    @Override
    public @Nullable GraphFragment process(T item) {
        var source = run;
        if (source == null) {
            throw new IllegalStateException("address list processor used outside its step");
        }
        var written = address.apply(item);
        if (written == null) {
            throw new MalformedRecordException(source.input(), item.locator(), "address", "not an address string");
        }
        if (DigitalCurrencyAddresses.chain(currency, written).isEmpty()) {
            offChain.incrementAndGet();
            return null;
        }
        var prov = source.at(item.locator());
        var graph = new OwnershipGraph.Builder()
                .designation(new DesignationLink(
                        DESIGNATION,
                        null,
                        Map.of(
                                "list",
                                SdnEntryProcessor.LIST,
                                "authority",
                                "OFAC",
                                "note",
                                "digital-currency addresses listed on the SDN list, without the entry that holds them"),
                        prov));
        try {
            DigitalCurrencyAddresses.add(graph, currency, written, null, DESIGNATION, prov);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(
                    source.input(), item.locator(), "address", String.valueOf(e.getMessage()));
        }
        return new GraphFragment(item.locator(), graph.build());
    }
}

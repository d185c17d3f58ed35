package org.flowtrace.ingest.tron.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.ChainTransferWriter;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.flowtrace.ingest.tron.TronAddress;
import org.flowtrace.ingest.tron.TronRecordProcessor;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest tron --api <url> (--address T… | --contract T…) --from <time> --to <time>}: TRC-20
 * transfers from a TronGrid-compatible API, with the keys, records and processor of
 * {@code tron-export} (so a transfer read live and from a saved page is one transfer).
 */
@Component
public class TronGridIngestJob implements RemoteIngestJobFactory {

    public static final String NAME = "tron-api";
    public static final String KIND = "trongrid";
    static final String ADDRESS = "address";
    static final String CONTRACT = "contract";
    static final String FROM = "from";
    static final String TO = "to";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final TronGridProperties properties;

    public TronGridIngestJob(IngestSteps steps, GraphConnection graph, TronGridProperties properties) {
        this.steps = steps;
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    /**
     * The source for a request: exactly one of {@code address} and {@code contract} (base58 {@code T…}),
     * and a window of ISO instants ({@code 2024-03-01T00:00:00Z}) or dates (a date is its UTC midnight).
     */
    public static RemoteSource source(
            String api, @Nullable String address, @Nullable String contract, String from, String to) {
        var request = new LinkedHashMap<String, String>();
        if (address != null) {
            request.put(ADDRESS, TronAddress.parse(address).base58());
        }
        if (contract != null) {
            request.put(CONTRACT, TronAddress.parse(contract).base58());
        }
        request.put(FROM, time(from, "--from").toString());
        request.put(TO, time(to, "--to").toString());
        var source = new RemoteSource(KIND, api, request);
        query(source, 200);
        return source;
    }

    @Override
    public Job create(RemoteSource source) {
        return create(source, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(RemoteSource source, UnaryOperator<ItemWriter<ChainTransfer>> writer) {
        var step = steps.step(
                "tron-api-load",
                source.uri(),
                new TronGridReader(
                        query(source, properties.pageSize()),
                        new RetryingHttp(properties.retries(), properties.headers())),
                new TronRecordProcessor(TokenRegistry.builtIn(), EvmFolderIndex.empty()),
                writer.apply(new ChainTransferWriter(graph)),
                null);
        return steps.job(NAME, step);
    }

    private static TronGridQuery query(RemoteSource source, int pageSize) {
        var request = source.request();
        return new TronGridQuery(
                source.endpoint(),
                request.get(ADDRESS),
                request.get(CONTRACT),
                Instant.parse(request.get(FROM)),
                Instant.parse(request.get(TO)),
                pageSize);
    }

    private static Instant time(String text, String option) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    option + ": not an ISO date (2024-03-01) or instant (2024-03-01T12:00:00Z): '" + text + "'", e);
        }
    }
}

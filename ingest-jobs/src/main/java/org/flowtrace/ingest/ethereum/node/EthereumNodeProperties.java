package org.flowtrace.ingest.ethereum.node;

import java.time.Duration;
import org.flowtrace.ingest.support.HttpRetries;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.ingest.ethereum.*}: how the live Ethereum job talks to its node.
 *
 * @param blocksPerBatch blocks fetched in one JSON-RPC batch (their headers and transactions, one
 *     {@code eth_getLogs} over the range, receipts and traces)
 * @param concurrency batches in flight at once
 * @param attempts tries of one HTTP request before the run fails (timeouts, dropped connections, 429, 5xx)
 * @param backoff the first wait before a retry, doubled each time
 * @param maxBackoff the longest wait between retries
 * @param timeout how long one request may take
 * @param confirmations with {@code --follow}: how far behind the head to stay
 * @param pollInterval with {@code --follow}: how often to ask for new blocks
 * @param traces {@code auto}: internal transfers through {@code trace_block}, else
 *     {@code debug_traceBlockByNumber}, where the node offers them; {@code off}: never ask
 */
@ConfigurationProperties("flowtrace.ingest.ethereum")
public record EthereumNodeProperties(
        @DefaultValue("10") int blocksPerBatch,
        @DefaultValue("4") int concurrency,
        @DefaultValue("8") int attempts,
        @DefaultValue("250ms") Duration backoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("12") int confirmations,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("auto") Traces traces) {

    /** Whether to ask the node for internal transfers. */
    public enum Traces {
        AUTO,
        OFF
    }

    public EthereumNodeProperties {
        if (blocksPerBatch < 1 || concurrency < 1 || confirmations < 0) {
            throw new IllegalArgumentException(
                    "flowtrace.ingest.ethereum: blocks-per-batch and concurrency must be at least 1, confirmations not negative");
        }
    }

    HttpRetries retries() {
        return new HttpRetries(attempts, backoff, maxBackoff, timeout);
    }
}

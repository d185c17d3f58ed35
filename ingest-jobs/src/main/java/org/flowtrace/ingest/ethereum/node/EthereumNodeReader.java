package org.flowtrace.ingest.ethereum.node;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.flowtrace.ingest.SourceUnavailableException;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

/**
 * Reads a block range from a node as {@link EvmExportRecord}s, block after block in order, while up to
 * {@code concurrency} batches of {@code blocksPerBatch} blocks are fetched ahead in parallel.
 *
 * <p>Checkpoint: the block being handed out and how many of its records were, saved under
 * {@code ethereum-node.block} / {@code ethereum-node.offset} at every chunk; everything before is
 * loaded, so the last completed block is {@code block - 1}. A restart fetches that block again and
 * skips the records already loaded (the node returns a block's records in the same order).
 *
 * <p>Follow mode: without an end block (or before reaching it) the reader stays {@code confirmations}
 * blocks behind the head, polling for new blocks every {@code pollInterval}, until {@code stop} says so;
 * then it ends the step as STOPPED, so the same command resumes where it stopped.
 */
final class EthereumNodeReader extends AbstractItemStreamItemReader<EvmExportRecord> implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(EthereumNodeReader.class);
    private static final String BLOCK = "block";
    private static final String OFFSET = "offset";

    /** Where to read and how. */
    record Range(long from, @Nullable Long to, boolean follow, int confirmations, Duration pollInterval) {}

    private final EthereumNode node;
    private final Range range;
    private final int blocksPerBatch;
    private final int concurrency;
    private final BooleanSupplier stop;
    private final Deque<CompletableFuture<List<BlockRecords>>> inFlight = new ArrayDeque<>();
    private final Deque<BlockRecords> fetched = new ArrayDeque<>();
    private @Nullable ExecutorService executor;
    private @Nullable StepExecution step;
    private @Nullable BlockRecords current;
    private long block;
    private int offset;
    private int skipOnOpen;
    private long nextFetch;
    private long safeHead = -1;
    private long blocksRead;

    EthereumNodeReader(EthereumNode node, Range range, int blocksPerBatch, int concurrency, BooleanSupplier stop) {
        this.node = node;
        this.range = range;
        this.blocksPerBatch = blocksPerBatch;
        this.concurrency = concurrency;
        this.stop = stop;
        setName("ethereum-node");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, "blocksRead", blocksRead);
        StepCounts.record(stepExecution, "lastCompletedBlock", current == null ? block - 1 : current.block() - 1);
        if (!node.tracesUnavailable().isEmpty()) {
            StepCounts.record(stepExecution, "blocksWithoutInternalTransfers", blocksRead);
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void open(ExecutionContext context) {
        block = context.containsKey(getExecutionContextKey(BLOCK))
                ? context.getLong(getExecutionContextKey(BLOCK))
                : range.from();
        skipOnOpen = context.containsKey(getExecutionContextKey(OFFSET))
                ? context.getInt(getExecutionContextKey(OFFSET))
                : 0;
        offset = 0;
        nextFetch = block;
        current = null;
        inFlight.clear();
        fetched.clear();
        executor = Executors.newFixedThreadPool(
                concurrency,
                Thread.ofPlatform().daemon().name("ethereum-node-", 1).factory());
        if (block > range.from()) {
            log.info("Resuming at block {} (record {} of it)", block, skipOnOpen);
        }
    }

    @Override
    public @Nullable EvmExportRecord read() {
        while (true) {
            var open = current;
            if (open != null) {
                if (offset < open.records().size()) {
                    return open.records().get(offset++);
                }
                block = open.block() + 1;
                offset = 0;
                current = null;
                blocksRead++;
            }
            if (range.to() != null && block > range.to()) {
                return null;
            }
            var next = nextBlock();
            if (next == null) {
                return null;
            }
            current = next;
            if (next.block() == block && skipOnOpen > 0) {
                offset = Math.min(skipOnOpen, next.records().size());
                skipOnOpen = 0;
            }
        }
    }

    /** The records of {@code block}, fetching ahead; {@code null} when following was stopped. */
    private @Nullable BlockRecords nextBlock() {
        while (fetched.isEmpty()) {
            submitAhead();
            if (inFlight.isEmpty()) {
                if (!waitForNewBlocks()) {
                    return null;
                }
                continue;
            }
            try {
                fetched.addAll(inFlight.poll().join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return fetched.poll();
    }

    /** Submits batches until {@code concurrency} are in flight or the readable end is reached. */
    private void submitAhead() {
        long last = lastReadable();
        while (inFlight.size() < concurrency && nextFetch <= last) {
            long from = nextFetch;
            long to = Math.min(last, from + blocksPerBatch - 1);
            inFlight.add(CompletableFuture.supplyAsync(() -> node.read(from, to), executor()));
            nextFetch = to + 1;
        }
    }

    /** The last block that may be read now: the end of the range, or the confirmed head when following. */
    private long lastReadable() {
        if (!range.follow()) {
            return range.to() == null ? -1 : range.to();
        }
        if (safeHead < 0) {
            safeHead = node.head() - range.confirmations();
        }
        return range.to() == null ? safeHead : Math.min(range.to(), safeHead);
    }

    /** Follow mode: waits for the head to move on; false when stopped (or not following). */
    private boolean waitForNewBlocks() {
        if (!range.follow()) {
            return false;
        }
        long deadline = System.nanoTime() + range.pollInterval().toNanos();
        while (true) {
            if (stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                log.info("Following stopped; last completed block {}", block - 1);
                if (step != null) {
                    step.setTerminateOnly();
                }
                return false;
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
            try {
                Thread.sleep(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long head = node.head() - range.confirmations();
        if (head > safeHead) {
            log.debug("Head moved: confirmed up to block {}", head);
        }
        safeHead = head;
        return true;
    }

    private ExecutorService executor() {
        if (executor == null) {
            throw new SourceUnavailableException("ethereum-node", "reader not opened", null);
        }
        return executor;
    }

    @Override
    public void update(ExecutionContext context) {
        var open = current;
        context.putLong(getExecutionContextKey(BLOCK), open == null ? block : open.block());
        context.putInt(getExecutionContextKey(OFFSET), open == null ? skipOnOpen : offset);
    }

    @Override
    public void close() {
        inFlight.forEach(future -> future.cancel(true));
        inFlight.clear();
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        node.close();
    }
}

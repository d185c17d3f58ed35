package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Candidate generation by blocking (Christen, "Data Matching", Springer 2012, ch. 4): only parties that
 * share a {@link BlockingKeys blocking key} are compared, never all pairs. Blocks larger than
 * {@code maxBlockSize} are dropped: a key that many share separates nothing; blocks of a weak key (a pair
 * of common tokens, a pair of consonant skeletons) already when larger than {@value #MAX_WEAK_BLOCK_SIZE}.
 * Consonant-skeleton keys are made only when some party's name is written in Thai or Khmer.
 *
 * <p>Keys are hashed to 40 bits and packed with the party's index (24 bits, up to 16.7 M parties) into
 * one {@code long}; one parallel sort groups the blocks. A hash collision only merges two blocks, which
 * adds comparisons, never loses one. Each party is then compared with the parties after it in its
 * blocks, each pair once (a per-thread marker array), in parallel.
 */
final class CandidateBlocker {

    static final int MAX_PARTIES = 1 << 24;

    /** Blocks of a weak key ({@link BlockingKeys#isWeak}) larger than this are not compared within. */
    static final int MAX_WEAK_BLOCK_SIZE = 50;

    private static final long PARTY_MASK = MAX_PARTIES - 1;

    private final int maxBlockSize;
    private final CommonNames common;

    /** What the blocking did. */
    record Stats(long keys, int blocks, int oversizedBlocks, long comparisons) {}

    /** Hears each candidate pair, by the parties' indexes (first &lt; second); called from several threads. */
    interface PairConsumer {
        void accept(int first, int second);
    }

    CandidateBlocker(int maxBlockSize, CommonNames common) {
        this.maxBlockSize = maxBlockSize;
        this.common = common;
    }

    Stats pairs(List<PartyProfile> parties, PairConsumer consumer) {
        if (parties.size() > MAX_PARTIES) {
            throw new IllegalArgumentException("at most " + MAX_PARTIES + " parties can be resolved in one run");
        }
        boolean skeletons = parties.stream().flatMap(p -> p.names().stream()).anyMatch(BlockingKeys::needsSkeletons);
        var keys = new BlockingKeys(common, skeletons);
        var postings = postings(parties.size(), i -> keys.of(parties.get(i)));
        Arrays.parallelSort(postings);
        // blocks as runs of one hash; each party's blocks as offsets into the sorted postings
        var blockStarts = new ArrayList<int[]>(); // {start, end}
        int oversized = 0;
        int runStart = 0;
        for (int i = 1; i <= postings.length; i++) {
            if (i == postings.length || (postings[i] >>> 24) != (postings[runStart] >>> 24)) {
                int size = i - runStart;
                boolean weak = ((postings[runStart] >>> 24) & BlockingKeys.WEAK_BIT) != 0;
                if (size > (weak ? Math.min(maxBlockSize, MAX_WEAK_BLOCK_SIZE) : maxBlockSize)) {
                    oversized++;
                } else if (size >= 2) {
                    blockStarts.add(new int[] {runStart, i});
                }
                runStart = i;
            }
        }
        int n = parties.size();
        var blocksOfParty = new int[n + 1];
        for (var block : blockStarts) {
            for (int i = block[0]; i < block[1]; i++) {
                blocksOfParty[(int) (postings[i] & PARTY_MASK) + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            blocksOfParty[i + 1] += blocksOfParty[i];
        }
        var membership = new int[blocksOfParty[n]];
        var fill = Arrays.copyOf(blocksOfParty, n);
        for (int b = 0; b < blockStarts.size(); b++) {
            var block = blockStarts.get(b);
            for (int i = block[0]; i < block[1]; i++) {
                membership[fill[(int) (postings[i] & PARTY_MASK)]++] = b;
            }
        }
        var comparisons = new AtomicLong();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        int chunk = 4_096;
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().name("resolution-" + t).start(() -> {
                var seen = new int[n];
                Arrays.fill(seen, -1);
                long compared = 0;
                for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                    for (int i = from; i < Math.min(n, from + chunk); i++) {
                        for (int m = blocksOfParty[i]; m < blocksOfParty[i + 1]; m++) {
                            var block = blockStarts.get(membership[m]);
                            for (int p = block[0]; p < block[1]; p++) {
                                int j = (int) (postings[p] & PARTY_MASK);
                                if (j > i && seen[j] != i) {
                                    seen[j] = i;
                                    compared++;
                                    consumer.accept(i, j);
                                }
                            }
                        }
                    }
                }
                comparisons.addAndGet(compared);
            }));
        }
        for (var worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while comparing candidates", e);
            }
        }
        return new Stats(postings.length, blockStarts.size(), oversized, comparisons.get());
    }

    private static long[] postings(int n, IntFunction<List<String>> keys) {
        var postings = new long[Math.max(16, n * 8)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            for (var key : keys.apply(i)) {
                if (size == postings.length) {
                    postings = Arrays.copyOf(postings, postings.length + postings.length / 2);
                }
                postings[size++] = (BlockingKeys.hash40(key) << 24) | i;
            }
        }
        return Arrays.copyOf(postings, size);
    }
}

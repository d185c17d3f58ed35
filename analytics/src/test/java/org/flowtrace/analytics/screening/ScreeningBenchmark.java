package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowtrace.analytics.resolution.PartyProfileBuilder;
import org.flowtrace.analytics.resolution.PartyType;
import org.flowtrace.analytics.resolution.SyntheticNames;
import org.junit.jupiter.api.Test;

/**
 * Screening queries against an index of many synthetic public parties: persons (70 %, names of a common
 * or a two-syllable surname and one or two given syllables of the region, dates of birth, countries) and
 * companies (30 %, two or three words and a legal form), 1 % designated. Queries (after a warm-up) are
 * half a listed name with a variation (a person's: order, case, a typo, a dropped middle name; a
 * company's: in capitals), with its date of birth and country, and half new names; they run on as many threads as there are cores. Only the name lookup is
 * timed (the index is built from records here, not read from Neo4j; the ownership and wallet queries
 * run only when a name is linked or a wallet given). Run with
 *
 * <pre>./mvnw -B -Pbench -pl analytics -am verify -Dtest=ScreeningBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *   [-Dbench.names=1000000] [-Dbench.queries=20000] [-Dbench.seed=20261129]</pre>
 *
 * Figures to stdout and {@code analytics/target/screening-benchmark.md}.
 */
class ScreeningBenchmark {

    private static final int NAMES = Integer.getInteger("bench.names", 1_000_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 20_000);
    private static final long SEED = Long.getLong("bench.seed", 20261129L);

    private record Party(
            String name,
            PartyType type,
            String country,
            @org.jspecify.annotations.Nullable String birth) {}

    @Test
    void name_queries_against_a_large_index() throws Exception {
        var random = new SplittableRandom(SEED);
        var parties = new ArrayList<Party>(NAMES);
        var entries = new ArrayList<ScreeningEntry>(NAMES);
        long buildStarted = System.nanoTime();
        for (int i = 0; i < NAMES; i++) {
            var party = fresh(random);
            parties.add(party);
            var profile = new PartyProfileBuilder("p" + i, party.type())
                    .name(party.name())
                    .country(party.country())
                    .birth(party.birth())
                    .build();
            var listings = random.nextDouble() < 0.01
                    ? List.of(new Designation("bench", "e" + i, null, null))
                    : List.<Designation>of();
            entries.add(new ScreeningEntry(profile, listings));
        }
        double profileSeconds = (System.nanoTime() - buildStarted) / 1e9;
        long indexStarted = System.nanoTime();
        var index = ScreeningIndex.of(List.of(), entries);
        double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
        entries.clear();
        System.gc();
        long heapUsed =
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;

        var queries = new ArrayList<ScreeningQuery>(QUERIES);
        for (int q = 0; q < QUERIES + 2_000; q++) {
            if (random.nextBoolean()) {
                var listed = parties.get(random.nextInt(parties.size()));
                var name = listed.type() == PartyType.PERSON
                        ? String.join(
                                " ",
                                SyntheticNames.personVariant(
                                        List.of(listed.name().split(" ")), random))
                        : listed.name().toUpperCase(Locale.ROOT);
                queries.add(new ScreeningQuery(name, listed.country(), listed.birth(), null, null));
            } else {
                var party = fresh(random);
                queries.add(new ScreeningQuery(party.name(), party.country(), party.birth(), null, null));
            }
        }
        for (var query : queries.subList(QUERIES, queries.size())) {
            index.search(query, 0.5);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        var latencies = new long[QUERIES];
        var hits = new AtomicInteger();
        var next = new AtomicInteger();
        long started = System.nanoTime();
        var workers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int q = next.getAndIncrement(); q < QUERIES; q = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    if (!index.search(queries.get(q), 0.5).isEmpty()) {
                        hits.incrementAndGet();
                    }
                    latencies[q] = System.nanoTime() - begin;
                }
            }));
        }
        for (var worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        var text = String.format(
                Locale.ROOT,
                """
                ScreeningIndex over %,d synthetic names (seed %d), %,d queries on %d threads, %d cores, %s, heap %d MiB

                | measure | value |
                |---|---:|
                | profiles built (s) | %.1f |
                | index built (s) | %.1f |
                | queries per second | %,.0f |
                | latency p50 / p95 / p99 / max (ms) | %.2f / %.2f / %.2f / %.1f |
                | queries with a hit at 0.5 or above | %,d |
                | heap used after build, with the generated names (MiB) | %,d |
                """,
                NAMES,
                SEED,
                QUERIES,
                threads,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20,
                profileSeconds,
                indexSeconds,
                QUERIES / seconds,
                latencies[QUERIES / 2] / 1e6,
                latencies[(int) (QUERIES * 0.95)] / 1e6,
                latencies[(int) (QUERIES * 0.99)] / 1e6,
                latencies[QUERIES - 1] / 1e6,
                hits.get(),
                heapUsed);
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/screening-benchmark.md"), text);
        assertThat(index.size()).isEqualTo(NAMES);
    }

    private static Party fresh(SplittableRandom random) {
        var country = SyntheticNames.country(random);
        return random.nextDouble() < 0.7
                ? new Party(
                        SyntheticNames.personName(random), PartyType.PERSON, country, SyntheticNames.birthDate(random))
                : new Party(SyntheticNames.companyName(random), PartyType.ORGANISATION, country, null);
    }
}

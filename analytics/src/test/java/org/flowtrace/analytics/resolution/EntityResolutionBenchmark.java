package org.flowtrace.analytics.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraphWriter;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution over many synthetic parties in a fresh embedded database: persons (70 %) with names drawn
 * from Vietnamese, Chinese, Khmer, Thai and English name parts (half the surnames from a list of 50
 * common ones, half made of two syllables, so that many different people share a name), dates of birth (some partial), countries, passports and phones; companies (30 %) with names of
 * two or three words and a legal form, registration numbers. A share of records is planted again from a
 * second source with a variation (order, a typo, a dropped middle name, a year-only birth date, another
 * legal form, a shared identifier or not). Parties are written through {@link OwnershipGraphWriter};
 * only {@link EntityResolution#run} is timed for the target. Run with
 *
 * <pre>./mvnw -B -Pbench -pl analytics -am test -Dtest=EntityResolutionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *   [-Dbench.parties=1000000] [-Dbench.duplicates=0.05] [-Dbench.seed=20261130]</pre>
 *
 * The figures go to stdout and {@code analytics/target/entity-resolution-benchmark.md}.
 */
class EntityResolutionBenchmark {

    private static final int PARTIES = Integer.getInteger("bench.parties", 1_000_000);
    private static final double DUPLICATES = Double.parseDouble(System.getProperty("bench.duplicates", "0.05"));
    private static final long SEED = Long.getLong("bench.seed", 20261130L);
    private static final int BATCH = 10_000;

    /** One synthetic record: what resolution should find, and where it was planted from. */
    private record Planted(int original, int copy) {}

    @Test
    void resolution_over_synthetic_parties(@TempDir Path dir) throws IOException {
        var random = new SplittableRandom(SEED);
        var sha = HexFormat.of().formatHex(new byte[32]);
        var planted = new ArrayList<Planted>();
        var keys = new ArrayList<String>(PARTIES);
        var persons = new ArrayList<Map<String, Object>>(PARTIES);
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir))) {
            new SchemaMigrations(graph).apply();
            var writer = new OwnershipGraphWriter(graph);
            long loadStarted = System.nanoTime();
            var batch = new OwnershipGraph.Builder();
            int inBatch = 0;
            for (int i = 0; i < PARTIES; i++) {
                var prov = new Provenance("bench", sha, "record " + i);
                boolean copy = i > 1_000 && random.nextDouble() < DUPLICATES;
                int original = copy ? random.nextInt(i) : i;
                var record = copy ? variant(persons.get(original), random) : fresh(random, i);
                persons.add(record);
                var key = (copy ? "goaml:" : "bods:") + i;
                keys.add(key);
                if (copy) {
                    planted.add(new Planted(original, i));
                }
                write(batch, key, record, prov);
                if (++inBatch == BATCH) {
                    writer.write(batch.build());
                    batch = new OwnershipGraph.Builder();
                    inBatch = 0;
                }
            }
            writer.write(batch.build());
            double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;

            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long started = System.nanoTime();
            var lines = new ArrayList<String>();
            var summary = new EntityResolution(graph, ResolutionParameters.DEFAULTS).run("bench", line -> {
                lines.add(line);
                System.out.println(line);
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;

            var found = new HashSet<String>();
            try (var session = graph.driver().session(graph.sessionConfig())) {
                session.run("MATCH (a:Party)-[:SAME_AS]->(b:Party) RETURN a.key AS a, b.key AS b")
                        .forEachRemaining(r -> found.add(
                                r.get("a").asString() + "|" + r.get("b").asString()));
            }
            int plantedFound = 0;
            for (var p : planted) {
                var a = keys.get(p.original());
                var b = keys.get(p.copy());
                if (found.contains(a + "|" + b) || found.contains(b + "|" + a)) {
                    plantedFound++;
                }
            }
            var text = String.format(
                    Locale.ROOT,
                    """
                    EntityResolution over %,d synthetic parties (%,d planted duplicates, seed %d), %d cores, %s, heap %d MiB

                    | measure | value |
                    |---|---:|
                    | load through OwnershipGraphWriter (s, not part of the target) | %.1f |
                    | resolution, wall (s) | %.1f |
                    | resolution, JVM CPU incl. embedded Neo4j (s) | %.1f |
                    | candidate pairs compared | %,d |
                    | blocks / left out as oversized | %,d / %,d |
                    | SAME_AS candidates written | %,d |
                    | planted duplicates found | %,d of %,d (%.1f %%) |

                    %s
                    """,
                    PARTIES,
                    planted.size(),
                    SEED,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    loadSeconds,
                    seconds,
                    cpuSeconds,
                    summary.comparisons(),
                    summary.blocks(),
                    summary.oversizedBlocks(),
                    summary.candidates(),
                    plantedFound,
                    planted.size(),
                    100.0 * plantedFound / Math.max(1, planted.size()),
                    String.join("\n", lines));
            System.out.println(text);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/entity-resolution-benchmark.md"), text);
            assertThat(summary.parties()).isEqualTo(PARTIES);
        }
    }

    private static Map<String, Object> fresh(SplittableRandom random, int i) {
        var record = new HashMap<String, Object>();
        var country = SyntheticNames.country(random);
        record.put("country", country);
        if (random.nextDouble() < 0.7) {
            record.put("kind", PartyKind.PERSON);
            record.put("name", SyntheticNames.personName(random));
            var birth = SyntheticNames.birthDate(random);
            if (birth != null) {
                record.put("birthDate", birth);
            }
            if (random.nextDouble() < 0.3) {
                record.put("id", "PASSPORT:" + country + ":P" + (10_000_000 + i));
            } else if (random.nextDouble() < 0.2) {
                record.put("id", "PHONE:+855" + (10_000_000 + i));
            }
        } else {
            record.put("kind", PartyKind.ORGANISATION);
            record.put("name", SyntheticNames.companyName(random));
            if (random.nextDouble() < 0.4) {
                record.put("id", "REG:" + country + ":" + (20_000_000 + i));
            }
        }
        return record;
    }

    /** The same party as another source writes it. */
    private static Map<String, Object> variant(Map<String, Object> original, SplittableRandom random) {
        var record = new HashMap<>(original);
        var name = (String) original.get("name");
        var tokens = new ArrayList<>(List.of(name.split(" ")));
        if (original.get("kind") == PartyKind.PERSON) {
            tokens = new ArrayList<>(SyntheticNames.personVariant(tokens, random));
            var birth = (String) original.get("birthDate");
            if (birth != null && random.nextBoolean()) {
                record.put("birthDate", birth.substring(0, 4));
            }
        } else {
            var words = new ArrayList<String>();
            for (var token : tokens) {
                if (List.of(SyntheticNames.WORDS).contains(token.toLowerCase(Locale.ROOT))) {
                    words.add(token);
                }
            }
            tokens = new ArrayList<>(words);
            tokens.add(SyntheticNames.FORMS[random.nextInt(SyntheticNames.FORMS.length)]);
        }
        record.put("name", String.join(" ", tokens).strip());
        if (record.containsKey("id") && random.nextBoolean()) {
            record.remove("id");
        }
        return record;
    }

    private static void write(OwnershipGraph.Builder batch, String key, Map<String, Object> record, Provenance prov) {
        var props = new HashMap<String, Object>();
        props.put("name", record.get("name"));
        props.put("source", key.startsWith("goaml") ? "goAML" : "BODS");
        if (record.containsKey("birthDate")) {
            props.put("birthDate", record.get("birthDate"));
        }
        batch.party(new OwnershipGraph.PartyNode(
                key,
                (PartyKind) record.get("kind"),
                props,
                Map.of("countries", List.of((String) record.get("country"))),
                null,
                prov));
        if (record.containsKey("id")) {
            batch.identifier(new IdentifierLink(key, (String) record.get("id"), Map.of(), prov));
        }
    }
}

package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingWriter;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** {@code detect --since}: only what new transfers can change is examined again, and the result is a full run's. */
@Neo4jTest
class IncrementalDetectionIT {

    private static final double DAY = 24;
    private static final Instant SINCE = LedgerFixture.T0.plus(Duration.ofDays(20));

    /** The first weeks: a fan-out, a stack whose middle layer looks like gather-scatter hubs, a cycle. */
    private static LedgerFixture firstWeeks() {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("SRC", "R" + i, "4000.00", i);
        }
        for (var s : List.of("S1", "S2", "S3")) {
            for (var m : List.of("M1", "M2", "M3")) {
                ledger.pay(s, m, "4000.00", 2 * DAY);
            }
        }
        for (var m : List.of("M1", "M2", "M3")) {
            for (var r : List.of("D1", "D2", "D3")) {
                ledger.pay(m, r, "3900.00", 2 * DAY + 10);
            }
        }
        return ledger.pay("C1", "C2", "30000.00", 5 * DAY).pay("C2", "C1", "29500.00", 5 * DAY + 20);
    }

    /** Twenty days on: five senders fan into a new target, a mule has a burst, and the fan-out's source buys lunch. */
    private static LedgerFixture later(LedgerFixture ledger) {
        for (int i = 0; i < 5; i++) {
            ledger.pay("NEW-SENDER" + i, "NEW-TARGET", "3000.00", 20 * DAY + i);
        }
        for (int i = 0; i < 10; i++) {
            ledger.pay("FRIEND" + i, "MULE", "%d.00".formatted(700 + 150 * i), 20 * DAY + 2 * i);
        }
        ledger.pay("MULE", "EXCHANGE", "13300.00", 20 * DAY + 21);
        return ledger.pay("SRC", "CAFE", "12.50", 21 * DAY);
    }

    private static Map<String, String> stored(GraphConnection graph) {
        return graph.readQuery("MATCH (f:Finding) RETURN f.key AS key, f.runId AS run").execute().records().stream()
                .collect(Collectors.toMap(
                        r -> r.get("key").asString(), r -> r.get("run").asString(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void a_run_since_new_transfers_finds_the_new_patterns_keeps_the_old_and_equals_a_full_run(GraphConnection graph) {
        var ledger = firstWeeks();
        ledger.load(graph);
        var detection = new PatternDetection(graph, PatternDetection.defaultDetectors());
        detection.run("detect-1", line -> {});
        var before = stored(graph);
        assertThat(graph.readQuery("MATCH (f:Finding) RETURN collect(f.typology) AS t")
                        .execute()
                        .records()
                        .get(0)
                        .get("t")
                        .asList(v -> v.asString()))
                .containsExactlyInAnyOrder("FAN_OUT", "STACK", "CYCLE");

        later(ledger).load(graph); // the fixture writes its transfers again: merged on their ids, the new ones added
        var projection = new TransferProjectionReader(graph).read();
        var lines = new java.util.ArrayList<String>();
        var counts = detection.run(projection, "detect-2", SINCE, lines::add);
        var incremental = stored(graph);
        detection.run(projection, "detect-3", line -> {});
        var full = stored(graph);

        assertThat(counts)
                .containsEntry("fan-in", 1)
                .containsEntry("fan-out", 1)
                .containsEntry("burst", 0);
        assertThat(incremental.keySet()).containsAll(before.keySet()).isEqualTo(full.keySet());
        assertThat(incremental).hasSize(before.size() + 2); // the fan-in and the mule's pass-through
        assertThat(lines) // 20 endpoints have new transfers: 5 senders, the target, 10 friends, the mule, the
                // exchange, the fan-out's source and the cafe
                .anyMatch(l -> l.matches("fan-in: 1 findings in [0-9.]+ s \\(20 anchors examined\\)"))
                .anyMatch(l -> l.matches("stack: 1 findings in [0-9.]+ s"));
        var fanOut = before.entrySet().stream()
                .filter(e -> e.getKey().startsWith("fan-out:"))
                .findFirst()
                .orElseThrow()
                .getKey();
        var cycle = before.keySet().stream()
                .filter(k -> k.startsWith("cycle:"))
                .findFirst()
                .orElseThrow();
        assertThat(incremental).containsEntry(fanOut, "detect-2"); // its source has a new transfer: examined again
        assertThat(incremental).containsEntry(cycle, "detect-2"); // cycles run fully
        var target = graph.readQuery("""
                        MATCH (f:Finding {typology: 'FAN_IN'})-[:INVOLVES {role: 'target'}]->(a:Account)
                        RETURN a.key AS key
                        """).execute().records();
        assertThat(target)
                .singleElement()
                .satisfies(r -> assertThat(r.get("key").asString()).isEqualTo("BANK:NEW-TARGET"));
    }

    @Test
    void a_run_since_replaces_only_the_findings_of_the_accounts_it_examines_again(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("QUIET", "X", "100.00", 0)
                .pay("ACTIVE", "Y", "100.00", 0)
                .pay("ACTIVE", "Z", "100.00", 20 * DAY + 1);
        var projection = ledger.load(graph);
        var writer = new FindingWriter(graph);
        writer.write(
                List.of(stale("test:1", "BANK:QUIET"), stale("test:2", "BANK:ACTIVE")), "detect-0", LedgerFixture.T0);
        var detection = new PatternDetection(graph, List.of(new FanOutDetector(FanParameters.DEFAULTS)));

        detection.run(projection, "detect-1", SINCE, line -> {});

        assertThat(stored(graph)).containsOnlyKeys(stale("test:1", "BANK:QUIET").key());

        detection.run(projection, "detect-2", line -> {});

        assertThat(stored(graph)).isEmpty(); // a full run replaces every finding of its detectors
    }

    /** A fan-out finding an earlier definition made, anchored at {@code source}. */
    private static Finding stale(String transfer, String source) {
        return new Finding(
                "FAN_OUT",
                "fan-out",
                "0",
                0.5,
                "an earlier definition's",
                new TreeMap<>(),
                List.of(transfer),
                List.of(new FindingMember(EndpointLabel.ACCOUNT, source, "source")),
                LedgerFixture.T0,
                LedgerFixture.T0);
    }
}

package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;

/** Hand-written USD transfers for allocation tests: {@code pay("V1", "MULE", "5000.00").traced("V1")}. */
final class Book {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final List<Flow> flows = new ArrayList<>();
    private final Map<String, Source> seeds = new HashMap<>();

    /** A transfer one hour after the previous one. */
    Book pay(String from, String to, String usd) {
        return pay(from, to, usd, "0.00");
    }

    /** A transfer of which {@code fee} did not arrive. */
    Book pay(String from, String to, String usd, String fee) {
        var id = "t" + (flows.size() + 1);
        flows.add(new Flow(
                id,
                from,
                to,
                T0.plusSeconds(3600L * (flows.size() + 1)),
                new Money(new BigDecimal(usd), Asset.USD),
                new BigDecimal(usd),
                new BigDecimal(fee),
                "USD"));
        return this;
    }

    /** Marks the last transfer as a traced source called {@code label}. */
    Book traced(String label) {
        var last = flows.getLast();
        seeds.put(last.transferId(), Source.traced(last.transferId(), label));
        return this;
    }

    Source source(String label) {
        return seeds.values().stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    List<Flow> flows() {
        return List.copyOf(flows);
    }

    Map<String, Source> seeds() {
        return Map.copyOf(seeds);
    }

    /** Replays every transfer with these accounts open. */
    FlowReplay.Result replay(TaintAllocator rule, String... open) {
        Set<String> pools = new HashSet<>(List.of(open));
        var depths = new HashMap<String, Integer>();
        pools.forEach(p -> depths.put(p, 1));
        return new FlowReplay(rule, 2).run(flows, new ReplayScope(Map.of(), pools, depths, seeds, Map.of(), Set.of()));
    }

    /** What {@code label} holds in {@code account} after the replay, as a plain string. */
    static String held(FlowReplay.Result result, String account, Source source) {
        var amount = result.resting().getOrDefault(account, Map.of()).get(source);
        return amount == null ? "0.00" : amount.toPlainString();
    }
}

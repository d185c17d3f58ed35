package org.flowtrace.analytics.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.party.PartySummary;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.flowtrace.graph.provenance.ProvenanceReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the current {@code OWNS}/{@code CONTROLS} interests upstream of a company, level by level
 * (one parameterised query per level, each party once, so cycles and shared owners cost nothing twice),
 * up to a party limit. An interest is current when its statement is ({@code current}, kept by the
 * ownership writer) and it has not ended ({@code endDate} before today).
 */
final class OwnershipReader {

    private static final String OWNERS = """
            UNWIND $keys AS key
            MATCH (owner:Party)-[r:OWNS|CONTROLS]->(:Party {key: key})
            WHERE coalesce(r.current, true) AND (r.endDate IS NULL OR r.endDate >= $today)
            RETURN r.key AS key, type(r) AS relation, r.interestType AS interestType, owner.key AS owner,
                   key AS subject, r.shareExact AS exact, r.shareMin AS min, r.shareMax AS max,
                   coalesce(r.shareMinExclusive, false) AS minExclusive,
                   coalesce(r.shareMaxExclusive, false) AS maxExclusive,
                   r.startDate AS startDate, r.details AS details, coalesce(r.prov, []) AS prov
            ORDER BY key
            """;

    private static final String PARTIES = """
            UNWIND $keys AS key
            MATCH (p:Party {key: key})
            RETURN p.key AS key, coalesce(p.name, p.key) AS name, p:Person AS person
            """;

    private final GraphConnection graph;

    OwnershipReader(GraphConnection graph) {
        this.graph = graph;
    }

    OwnershipStructure read(PartySummary company, int maxParties) {
        var seen = new LinkedHashSet<String>(List.of(company.key()));
        var rows = new ArrayList<Record>();
        var frontier = List.of(company.key());
        boolean truncated = false;
        while (!frontier.isEmpty()) {
            var next = new ArrayList<String>();
            for (var row : graph.readQuery(OWNERS)
                    .withParameters(
                            Map.of("keys", frontier, "today", LocalDate.now().toString()))
                    .execute()
                    .records()) {
                var owner = row.get("owner").asString();
                if (!seen.contains(owner)) {
                    if (seen.size() >= maxParties) {
                        truncated = true;
                        continue;
                    }
                    seen.add(owner);
                    next.add(owner);
                }
                rows.add(row);
            }
            frontier = next;
        }
        var sources = new ProvenanceReader(graph)
                .entries(rows.stream()
                        .flatMap(r -> r.get("prov").asList(Value::asString).stream())
                        .toList());
        var interests = rows.stream()
                .filter(r -> seen.contains(r.get("owner").asString()))
                .map(r -> interest(r, sources))
                .toList();
        return new OwnershipStructure(company, parties(seen), interests, truncated);
    }

    private Map<String, PartySummary> parties(Set<String> keys) {
        var parties = new LinkedHashMap<String, PartySummary>();
        graph.readQuery(PARTIES)
                .withParameters(Map.of("keys", List.copyOf(keys)))
                .execute()
                .records()
                .forEach(r -> parties.put(
                        r.get("key").asString(),
                        new PartySummary(
                                r.get("key").asString(),
                                r.get("name").asString(),
                                r.get("person").asBoolean())));
        return parties;
    }

    private static StatedInterest interest(Record r, Map<String, ProvenanceEntry> sources) {
        return new StatedInterest(
                r.get("key").asString(),
                InterestRelation.valueOf(r.get("relation").asString()),
                text(r.get("interestType")),
                r.get("owner").asString(),
                r.get("subject").asString(),
                share(r),
                text(r.get("startDate")),
                text(r.get("details")),
                r.get("prov").asList(Value::asString).stream()
                        .map(sources::get)
                        .filter(e -> e != null)
                        .toList());
    }

    /** The stated share: exact, else the range (a missing bound is 0 or 100 %), else none. */
    private static @Nullable Share share(Record r) {
        if (!r.get("exact").isNull()) {
            return Share.exact(Share.ofPercent(r.get("exact").asDouble()));
        }
        if (r.get("min").isNull() && r.get("max").isNull()) {
            return null;
        }
        var lower = r.get("min").isNull()
                ? BigFraction.ZERO
                : Share.ofPercent(r.get("min").asDouble());
        var upper = r.get("max").isNull()
                ? BigFraction.ONE
                : Share.ofPercent(r.get("max").asDouble());
        return new Share(
                lower,
                !r.get("min").isNull() && r.get("minExclusive").asBoolean(),
                upper,
                !r.get("max").isNull() && r.get("maxExclusive").asBoolean());
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}

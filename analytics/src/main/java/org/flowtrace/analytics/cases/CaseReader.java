package org.flowtrace.analytics.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.flowtrace.graph.provenance.ProvenanceReader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads a stored case back as {@link CaseContents}: the nodes it includes, its transfers, the relationships
 * between its nodes (holdings, wallet control, interests, {@code SAME_AS} not rejected, list links,
 * designations, report mentions), every fact with its sources ({@link ProvenanceReader}), and the evidence
 * mapped to offences ({@link OffenceMapping}). Reading twice gives the same contents. A designation's fact key
 * is {@code designation:<key>}, since lists key a designation as they key the party it designates.
 */
public final class CaseReader {

    private static final String CASE = "MATCH (c:Case {key: $name}) RETURN c {.*} AS c";

    private static final String LIST = """
            MATCH (c:Case)
            RETURN c.key AS name, c.start AS start, c.createdBy AS createdBy, c.createdAt AS createdAt,
                   c.updatedBy AS updatedBy, c.updatedAt AS updatedAt, COUNT { (c)-[:INCLUDES]->() } AS elements
            ORDER BY c.updatedAt DESC, c.key
            """;

    /** A stored case as lists show it. */
    public record CaseSummary(
            String name,
            @Nullable String start,
            @Nullable String createdBy,
            @Nullable Instant createdAt,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            long elements) {}

    private static final String NODES = """
            MATCH (:Case {key: $name})-[i:INCLUDES]->(n)
            RETURN CASE WHEN n:Designation THEN 'designation:' + n.key ELSE n.key END AS key, labels(n) AS labels, coalesce(i.via, []) AS via, properties(n) AS props,
                   [(n)-[:TAGGED]->(t:Tag) | coalesce(t.category, '') + ': ' + coalesce(t.label, t.key)] AS tags,
                   [(n)-[m:INVOLVES]->(x) | coalesce(m.role, 'member') + ' ' + x.key] AS members
            ORDER BY key
            """;

    private static final String TRANSFERS = """
            MATCH (a)-[t:TRANSFER]->(b) WHERE t.id IN $ids
            RETURN t.id AS key, a.key AS from, b.key AS to, properties(t) AS props
            ORDER BY t.at, t.id
            """;

    private static final String RELATIONSHIPS = """
            MATCH (c:Case {key: $name})-[:INCLUDES]->(a)
                  -[r:HOLDS|CONTROLS_WALLET|OWNS|CONTROLS|SAME_AS|LINKED_TO|DESIGNATED_BY|NAMES]->(b)
                  <-[:INCLUDES]-(c)
            WHERE NOT (type(r) = 'SAME_AS' AND r.status = 'REJECTED')
            RETURN type(r) AS type, a.key AS from,
                   CASE WHEN b:Designation THEN 'designation:' + b.key ELSE b.key END AS to, properties(r) AS props
            ORDER BY type, from, to
            """;

    /** The kind of an included node by its labels, the more specific first. */
    private static final Map<String, FactKind> KINDS = orderedKinds();

    /** Properties never shown: the provenance list (shown as sources) and verbatim source XML. */
    private static final Set<String> HIDDEN = Set.of("prov", "sourceXml", "key");

    private final GraphConnection graph;

    public CaseReader(GraphConnection graph) {
        this.graph = graph;
    }

    /** Every stored case, the most recently updated first. */
    public List<CaseSummary> list() {
        return records(LIST, Map.of()).stream()
                .map(r -> new CaseSummary(
                        r.get("name").asString(),
                        r.get("start").isNull() ? null : r.get("start").asString(),
                        r.get("createdBy").isNull() ? null : r.get("createdBy").asString(),
                        instant(r.get("createdAt")),
                        r.get("updatedBy").isNull() ? null : r.get("updatedBy").asString(),
                        instant(r.get("updatedAt")),
                        r.get("elements").asLong()))
                .toList();
    }

    /**
     * The case of this name.
     *
     * @throws IllegalArgumentException when there is none
     */
    public CaseContents read(String name) {
        var found = records(CASE, Map.of("name", name));
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no case named '" + name + "' (build it with: flowtrace case build)");
        }
        var c = found.getFirst().get("c");
        var traced = Set.copyOf(strings(c.get("tracedTransferIds")));
        var nodes = records(NODES, Map.of("name", name));
        var transfers = records(TRANSFERS, Map.of("ids", strings(c.get("transferIds"))));
        var relationships = records(RELATIONSHIPS, Map.of("name", name));

        var prov = new ArrayList<String>();
        nodes.forEach(r -> prov.addAll(provOf(r)));
        transfers.forEach(r -> prov.addAll(provOf(r)));
        relationships.forEach(r -> prov.addAll(provOf(r)));
        var sources = new ProvenanceReader(graph).entries(prov);

        var facts = new LinkedHashMap<String, CaseFact>();
        for (var r : nodes) {
            var fact = node(r, sources);
            facts.put(fact.key(), fact);
        }
        for (var r : transfers) {
            var props = properties(r.get("props"));
            if (traced.contains(r.get("key").asString())) {
                props.put("traced", "true");
            }
            var key = r.get("key").asString();
            facts.put(
                    key,
                    new CaseFact(
                            key,
                            FactKind.TRANSFER,
                            transferLabel(
                                    props, r.get("from").asString(), r.get("to").asString(), facts),
                            r.get("from").asString(),
                            r.get("to").asString(),
                            instant(r.get("props").get("at")),
                            props,
                            sourcesOf(provOf(r), sources)));
        }
        for (var r : relationships) {
            var fact = relationship(r, sources, facts);
            facts.putIfAbsent(fact.key(), fact);
        }
        derivedSources(facts);

        var list = List.copyOf(facts.values());
        var mapped = OffenceMapping.map(list);
        return new CaseContents(
                c.get("name").asString(name),
                c.get("start").asString(""),
                c.get("updatedBy").asString(""),
                instant(c.get("createdAt")),
                instant(c.get("updatedAt")),
                c.get("parameters").asString(""),
                list,
                mapped.evidence(),
                strings(c.get("traces")),
                strings(c.get("operatorPaths")),
                mapped.victims(),
                strings(c.get("notes")));
    }

    private static Map<String, FactKind> orderedKinds() {
        var kinds = new LinkedHashMap<String, FactKind>();
        kinds.put("Person", FactKind.PERSON);
        kinds.put("Organisation", FactKind.ORGANISATION);
        kinds.put("Party", FactKind.PARTY);
        kinds.put("Account", FactKind.ACCOUNT);
        kinds.put("Wallet", FactKind.WALLET);
        kinds.put("Report", FactKind.REPORT);
        kinds.put("Finding", FactKind.FINDING);
        kinds.put("Designation", FactKind.DESIGNATION);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private static CaseFact node(Record r, Map<String, ProvenanceEntry> sources) {
        var key = r.get("key").asString();
        var labels = strings(r.get("labels"));
        var kind = KINDS.entrySet().stream()
                .filter(e -> labels.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(FactKind.DESIGNATION);
        var raw = r.get("props");
        var props = properties(raw);
        props.put("includedBecause", String.join("; ", strings(r.get("via"))));
        put(props, "tags", String.join("; ", strings(r.get("tags"))));
        if (kind == FactKind.FINDING) {
            props.put("members", String.join("; ", strings(r.get("members"))));
        }
        var name = raw.get("name").asString(null);
        var label = switch (kind) {
            case PERSON, ORGANISATION, PARTY -> name == null ? key : name;
            case ACCOUNT, WALLET -> name == null ? key : name + " [" + key + "]";
            case REPORT ->
                (raw.get("reportCode").asString("report") + " "
                                + raw.get("entityReference").asString(key))
                        .strip();
            case FINDING ->
                raw.get("typology").asString("finding")
                        + String.format(
                                Locale.ROOT, " (score %.2f)", raw.get("score").asDouble(0));
            default -> (raw.get("list").asString("") + " " + raw.get("entryId").asString(key)).strip();
        };
        var at = switch (kind) {
            case FINDING -> instant(raw.get("firstAt"));
            case REPORT -> instant(raw.get("submittedAt"));
            default -> null;
        };
        return new CaseFact(key, kind, label, null, null, at, props, sourcesOf(provOf(r), sources));
    }

    private static CaseFact relationship(Record r, Map<String, ProvenanceEntry> sources, Map<String, CaseFact> facts) {
        var kind = FactKind.valueOf(r.get("type").asString());
        var from = r.get("from").asString();
        var to = r.get("to").asString();
        var raw = r.get("props");
        var props = properties(raw);
        var key = raw.get("key").isNull()
                ? kind.name() + ":" + from + ">" + to
                : raw.get("key").asString();
        var verb = switch (kind) {
            case HOLDS -> "holds";
            case CONTROLS_WALLET -> "controls the wallet";
            case OWNS -> "owns" + share(raw);
            case CONTROLS ->
                "controls"
                        + (raw.get("interestType").isNull()
                                ? ""
                                : " (" + raw.get("interestType").asString() + ")");
            case SAME_AS ->
                "is the same party as ("
                        + raw.get("status").asString("candidate").toLowerCase(Locale.ROOT) + ")";
            case LINKED_TO -> "is linked (" + raw.get("relation").asString("unspecified") + ") to";
            case DESIGNATED_BY -> "is designated by";
            case NAMES -> "names (" + String.join(", ", strings(raw.get("roles"))) + ")";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
        var at = kind == FactKind.OWNS || kind == FactKind.CONTROLS ? date(raw.get("startDate")) : null;
        return new CaseFact(
                key,
                kind,
                nameOf(from, facts) + " " + verb + " " + nameOf(to, facts),
                from,
                to,
                at,
                props,
                sourcesOf(provOf(r), sources));
    }

    /** Findings carry the sources of their evidence transfers; SAME_AS links those of both records. */
    private static void derivedSources(Map<String, CaseFact> facts) {
        for (var fact : List.copyOf(facts.values())) {
            Collection<String> from = switch (fact.kind()) {
                case FINDING -> OffenceMapping.list(fact.property("transferIds"));
                case SAME_AS -> List.of(Objects.requireNonNull(fact.from()), Objects.requireNonNull(fact.to()));
                default -> List.of();
            };
            if (from.isEmpty() || !fact.sources().isEmpty()) {
                continue;
            }
            var union = new LinkedHashSet<ProvenanceEntry>();
            from.stream().map(facts::get).filter(Objects::nonNull).forEach(f -> union.addAll(f.sources()));
            facts.put(
                    fact.key(),
                    new CaseFact(
                            fact.key(),
                            fact.kind(),
                            fact.label(),
                            fact.from(),
                            fact.to(),
                            fact.at(),
                            fact.properties(),
                            List.copyOf(union)));
        }
    }

    private static String transferLabel(
            Map<String, String> props, String from, String to, Map<String, CaseFact> facts) {
        var text = props.getOrDefault("amount", "?") + " " + props.getOrDefault("asset", "");
        if (props.containsKey("usd") && !"USD".equals(props.get("asset"))) {
            text += " (" + props.get("usd") + " USD)";
        }
        return text + " " + nameOf(from, facts) + " → " + nameOf(to, facts);
    }

    private static String nameOf(String key, Map<String, CaseFact> facts) {
        var fact = facts.get(key);
        return fact == null ? key : fact.label();
    }

    private static String share(Value raw) {
        if (!raw.get("shareExact").isNull()) {
            return " "
                    + java.math.BigDecimal.valueOf(raw.get("shareExact").asDouble())
                            .stripTrailingZeros()
                            .toPlainString()
                    + " % of";
        }
        if (!raw.get("shareMin").isNull() || !raw.get("shareMax").isNull()) {
            return " " + raw.get("shareMin").asDouble(0) + "–"
                    + raw.get("shareMax").asDouble(100) + " % of";
        }
        return "";
    }

    private static List<ProvenanceEntry> sourcesOf(List<String> prov, Map<String, ProvenanceEntry> sources) {
        return prov.stream()
                .map(sources::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static List<String> provOf(Record r) {
        var prov = r.get("props").get("prov");
        return prov.isNull() ? List.of() : strings(prov);
    }

    /** The element's properties as text: lists joined with {@code "; "}, times in ISO 8601. */
    private static SortedMap<String, String> properties(Value map) {
        var props = new TreeMap<String, String>();
        for (var key : map.keys()) {
            if (HIDDEN.contains(key)) {
                continue;
            }
            put(props, key, text(map.get(key).asObject()));
        }
        return props;
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(CaseReader::text).toList());
        }
        if (value instanceof ZonedDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof TemporalAccessor temporal) {
            return temporal.toString();
        }
        return value.toString();
    }

    private static void put(Map<String, String> props, String key, String value) {
        if (!value.isBlank()) {
            props.put(key, value);
        }
    }

    private static @Nullable Instant instant(Value value) {
        if (value.isNull()) {
            return null;
        }
        return switch (value.asObject()) {
            case ZonedDateTime time -> time.toInstant();
            case java.time.OffsetDateTime time -> time.toInstant();
            case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
            case java.time.LocalDateTime time -> time.toInstant(ZoneOffset.UTC);
            default -> date(value);
        };
    }

    /** A stated date ({@code 2020-02-17}) as the start of its day; partial or other dates as none. */
    private static @Nullable Instant date(Value value) {
        if (value.isNull()) {
            return null;
        }
        var text = text(value.asObject());
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : null;
        } catch (java.time.format.DateTimeParseException notADay) {
            return null;
        }
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(v -> String.valueOf(v.asObject()));
    }

    private List<Record> records(String cypher, Map<String, Object> parameters) {
        return graph.readQuery(cypher).withParameters(parameters).execute().records();
    }
}

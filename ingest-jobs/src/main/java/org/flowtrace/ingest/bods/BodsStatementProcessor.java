package org.flowtrace.ingest.bods;

import static org.flowtrace.ingest.support.JsonFields.elements;
import static org.flowtrace.ingest.support.JsonFields.text;
import static org.flowtrace.ingest.support.JsonFields.texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraph.Interest;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyNode;
import org.flowtrace.graph.ownership.OwnershipGraph.StatementNode;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IdentifierKeys;
import org.flowtrace.ingest.support.JsonRecord;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Maps one BODS statement to the graph, or rejects it naming the field and reason.
 *
 * <p><b>Layouts.</b> 0.4: {@code statementId}, {@code recordId}, {@code recordType} (entity, person,
 * relationship), {@code recordStatus}, details under {@code recordDetails}; parties are keyed
 * {@code bods:record:<recordId>} and a relationship's {@code subject} and {@code interestedParty} are
 * record ids. 0.2/0.3: {@code statementID}, {@code statementType} (entityStatement, personStatement,
 * ownershipOrControlStatement), details at the top level; parties are keyed
 * {@code bods:statement:<statementID>} and relationships name statement ids
 * ({@code describedByEntityStatement}, {@code describedByPersonStatement}).
 *
 * <p><b>History.</b> Every statement is a {@code :Statement} node ({@code bods:<statementId>}). In 0.4 the
 * statements of one record replace one another by {@code statementDate}; a {@code closed} record's
 * interests are no longer current. In 0.2/0.3 {@code replacesStatements} marks the statements named
 * as replaced. Party properties come from the latest statement of their record.
 *
 * <p><b>Interests.</b> One {@code OWNS} or {@code CONTROLS} relationship per interest
 * ({@code bods:<statementId>#<i>}) with its type, share ({@code shareExact}, {@code shareMin},
 * {@code shareMax}, {@code shareMinExclusive}, {@code shareMaxExclusive}; none when the statement gives
 * none), dates, and direct/indirect and beneficial flags. A type outside the code list is kept as
 * {@code CONTROLS} with {@code interestTypeKnown: false}, as is an interest that states no type (0.4
 * does not require one). An interested party that is unspecified
 * (reason given instead of a party) yields no relationship; its reason is kept on the statement.
 */
public final class BodsStatementProcessor implements ItemProcessor<JsonRecord, GraphFragment>, StepExecutionListener {

    private final AtomicLong unknownInterestTypes = new AtomicLong();
    private final AtomicLong unspecifiedParties = new AtomicLong();
    private final AtomicLong partiesWithoutName = new AtomicLong();
    private @Nullable RunSource run;

    public BodsStatementProcessor() {}

    BodsStatementProcessor(RunSource run) {
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, "unknownInterestTypes", unknownInterestTypes.get());
        StepCounts.record(stepExecution, "unspecifiedInterestedParties", unspecifiedParties.get());
        StepCounts.record(stepExecution, "partiesWithoutName", partiesWithoutName.get());
        return stepExecution.getExitStatus();
    }

    @Override
    public GraphFragment process(JsonRecord record) {
        var node = record.node();
        if (!node.isObject()) {
            throw malformed(record, null, "not a JSON object");
        }
        var statement = node.has("recordType") || node.has("statementId") ? v04(record) : v03(record);
        return new GraphFragment(record.locator(), statement);
    }

    /** A statement in the 0.4 layout. */
    private OwnershipGraph v04(JsonRecord record) {
        var node = record.node();
        var statementId = required(record, node, "statementId");
        var recordId = required(record, node, "recordId");
        var recordType = required(record, node, "recordType");
        var details = node.get("recordDetails");
        if (details == null || !details.isObject()) {
            throw malformed(record, "recordDetails", "missing value");
        }
        var status = text(node, "recordStatus");
        var date = Optional.ofNullable(text(node, "statementDate")).orElse("");
        var prov = run().at(record.locator());
        var statementProps = statementProperties(node, "0.4");
        statementProps.put("recordType", recordType);
        statementProps.put("recordId", recordId);
        statementProps.put("recordStatus", status);
        statementProps.put("declarationSubject", text(node, "declarationSubject"));
        var graph = new OwnershipGraph.Builder();
        var statementKey = statementKey(statementId);
        var recordKey = "bods:record:" + recordId;
        String describes = null;
        switch (recordType) {
            case "entity" -> {
                describes = recordKey;
                entity(record, graph, recordKey, details, date, prov);
            }
            case "person" -> {
                describes = recordKey;
                person(record, graph, recordKey, details, date, prov);
            }
            case "relationship" -> {
                var subject = text(details, "subject");
                if (subject == null) {
                    throw malformed(record, "recordDetails.subject", "missing value");
                }
                var interested = details.get("interestedParty");
                var interestedKey = text(interested);
                statementProps.put("subject", "bods:record:" + subject);
                if (interestedKey == null) {
                    unspecified(record, statementProps, interested, "recordDetails.interestedParty");
                } else {
                    statementProps.put("interestedParty", "bods:record:" + interestedKey);
                    interests(
                            record,
                            graph,
                            details,
                            statementId,
                            statementKey,
                            "bods:record:" + interestedKey,
                            "bods:record:" + subject,
                            "recordDetails.interests",
                            Map.of("recordId", recordId, "statementDate", date),
                            prov);
                }
            }
            default -> throw malformed(record, "recordType", "unknown record type " + recordType);
        }
        graph.statement(new StatementNode(
                statementKey,
                statementId,
                describes,
                recordKey,
                date,
                "closed".equals(status),
                List.of(),
                withoutNulls(statementProps),
                prov));
        return graph.build();
    }

    /** A statement in the 0.2/0.3 layout. */
    private OwnershipGraph v03(JsonRecord record) {
        var node = record.node();
        var statementId = required(record, node, "statementID");
        var type = required(record, node, "statementType");
        var date = Optional.ofNullable(text(node, "statementDate")).orElse("");
        var prov = run().at(record.locator());
        var props = statementProperties(node, "0.3");
        props.put("statementType", type);
        var graph = new OwnershipGraph.Builder();
        var statementKey = statementKey(statementId);
        var partyKey = "bods:statement:" + statementId;
        String describes = null;
        switch (type) {
            case "entityStatement" -> {
                describes = partyKey;
                entity(record, graph, partyKey, node, date, prov);
            }
            case "personStatement" -> {
                describes = partyKey;
                person(record, graph, partyKey, node, date, prov);
            }
            case "ownershipOrControlStatement" -> {
                var subject = text(node.path("subject"), "describedByEntityStatement");
                if (subject == null) {
                    throw malformed(record, "subject.describedByEntityStatement", "missing value");
                }
                var interested = node.path("interestedParty");
                var interestedId = Optional.ofNullable(text(interested, "describedByPersonStatement"))
                        .orElse(text(interested, "describedByEntityStatement"));
                props.put("subject", "bods:statement:" + subject);
                if (interestedId == null) {
                    unspecified(record, props, interested.get("unspecified"), "interestedParty");
                } else {
                    props.put("interestedParty", "bods:statement:" + interestedId);
                    interests(
                            record,
                            graph,
                            node,
                            statementId,
                            statementKey,
                            "bods:statement:" + interestedId,
                            "bods:statement:" + subject,
                            "interests",
                            Map.of("statementDate", date),
                            prov);
                }
            }
            default -> throw malformed(record, "statementType", "unknown statement type " + type);
        }
        var replaces = new ArrayList<String>();
        for (var replaced : texts(node.get("replacesStatements"))) {
            replaces.add(statementKey(replaced));
        }
        graph.statement(new StatementNode(
                statementKey, statementId, describes, null, date, false, replaces, withoutNulls(props), prov));
        if (describes != null && !replaces.isEmpty()) {
            // a replaced party statement: its party is no longer current either
            for (var replaced : texts(node.get("replacesStatements"))) {
                graph.party(new PartyNode(
                        "bods:statement:" + replaced,
                        null,
                        Map.of("current", false, "replacedBy", statementId),
                        Map.of(),
                        null,
                        prov));
            }
        }
        return graph.build();
    }

    private void entity(
            JsonRecord record,
            OwnershipGraph.Builder graph,
            String key,
            JsonNode details,
            String date,
            Provenance prov) {
        var props = new LinkedHashMap<String, Object>();
        var name = text(details, "name");
        if (name == null) {
            partiesWithoutName.incrementAndGet();
        }
        props.put("name", name);
        var entityType = details.get("entityType");
        props.put(
                "entityType",
                entityType != null && entityType.isObject() ? text(entityType, "type") : text(entityType));
        props.put(
                "entitySubtype",
                entityType != null && entityType.isObject()
                        ? text(entityType.path("subtype"), "generalCategory")
                        : null);
        props.put("jurisdiction", country(details.get("jurisdiction")));
        props.put("foundingDate", text(details, "foundingDate"));
        props.put("dissolutionDate", text(details, "dissolutionDate"));
        props.put("source", "BODS");
        var lists = new HashMap<String, List<String>>();
        var aliases = texts(details.get("alternateNames"));
        if (!aliases.isEmpty()) {
            lists.put("aliases", aliases);
        }
        graph.party(new PartyNode(key, PartyKind.ORGANISATION, withoutNulls(props), lists, date, prov));
        identifiers(graph, key, details, prov);
        addresses(graph, key, details, prov);
    }

    private void person(
            JsonRecord record,
            OwnershipGraph.Builder graph,
            String key,
            JsonNode details,
            String date,
            Provenance prov) {
        var props = new LinkedHashMap<String, Object>();
        var names = elements(details, "names");
        String name = null;
        var aliases = new ArrayList<String>();
        for (var candidate : names) {
            var full = Optional.ofNullable(text(candidate, "fullName"))
                    .orElseGet(() -> joined(text(candidate, "givenName"), text(candidate, "familyName")));
            if (full == null) {
                continue;
            }
            var type = text(candidate, "type");
            if (name == null && (type == null || "individual".equals(type) || "legal".equals(type))) {
                name = full;
            } else if (!aliases.contains(full)) {
                aliases.add(full);
            }
        }
        if (name == null && !aliases.isEmpty()) {
            name = aliases.removeFirst();
        }
        if (name == null) {
            partiesWithoutName.incrementAndGet();
        }
        aliases.remove(name);
        props.put("name", name);
        props.put("personType", text(details, "personType"));
        props.put("birthDate", text(details, "birthDate"));
        props.put("deathDate", text(details, "deathDate"));
        props.put("source", "BODS");
        var pep = details.get("politicalExposure");
        props.put("pepStatus", pep != null ? text(pep, "status") : text(details, "pepStatus"));
        var lists = new HashMap<String, List<String>>();
        if (!aliases.isEmpty()) {
            lists.put("aliases", aliases);
        }
        var nationalities = new ArrayList<String>();
        for (var nationality : elements(details, "nationalities")) {
            var code = country(nationality);
            if (code != null && !nationalities.contains(code)) {
                nationalities.add(code);
            }
        }
        if (!nationalities.isEmpty()) {
            lists.put("nationalities", nationalities);
        }
        var residencies = new ArrayList<String>();
        for (var residency : elements(details, "taxResidencies")) {
            var code = country(residency);
            if (code != null && !residencies.contains(code)) {
                residencies.add(code);
            }
        }
        if (!residencies.isEmpty()) {
            lists.put("taxResidencies", residencies);
        }
        graph.party(new PartyNode(key, PartyKind.PERSON, withoutNulls(props), lists, date, prov));
        identifiers(graph, key, details, prov);
        addresses(graph, key, details, prov);
    }

    private void interests(
            JsonRecord record,
            OwnershipGraph.Builder graph,
            JsonNode details,
            String statementId,
            String statementKey,
            String interested,
            String subject,
            String interestsField,
            Map<String, String> common,
            Provenance prov) {
        var listed = details.get("interests");
        if (listed != null && !listed.isNull() && !listed.isArray()) {
            throw malformed(record, interestsField, "not an array");
        }
        var interests = elements(details, "interests");
        for (int i = 0; i < interests.size(); i++) {
            var interest = interests.get(i);
            var field = "interests[" + i + "]";
            var type = text(interest, "type");
            var props = new LinkedHashMap<String, Object>(common);
            var relation = type == null ? Optional.<InterestRelation>empty() : BodsInterestType.relation(type);
            if (relation.isEmpty()) {
                unknownInterestTypes.incrementAndGet();
                props.put("interestTypeKnown", false);
            }
            props.put("interestType", type);
            props.put("statementId", statementId);
            props.put("startDate", text(interest, "startDate"));
            props.put("endDate", text(interest, "endDate"));
            props.put(
                    "directOrIndirect",
                    Optional.ofNullable(text(interest, "directOrIndirect")).orElse(text(interest, "interestLevel")));
            var beneficial = interest.get("beneficialOwnershipOrControl");
            if (beneficial != null && beneficial.isBoolean()) {
                props.put("beneficialOwnershipOrControl", beneficial.asBoolean());
            }
            props.put("details", text(interest, "details"));
            share(record, field + ".share", interest.get("share"), props);
            graph.interest(new Interest(
                    statementKey + "#" + i,
                    relation.orElse(InterestRelation.CONTROLS),
                    interested,
                    subject,
                    statementKey,
                    withoutNulls(props),
                    prov));
        }
    }

    /**
     * The share of an interest: {@code exact}, or the range {@code minimum}/{@code maximum} (inclusive)
     * or {@code exclusiveMinimum}/{@code exclusiveMaximum} (0.4 numbers; in 0.2/0.3 booleans saying the
     * bound beside them is exclusive). Percentages outside 0–100 or a minimum above the maximum reject
     * the statement.
     */
    private void share(JsonRecord record, String field, @Nullable JsonNode share, Map<String, Object> props) {
        if (share == null || share.isNull() || (share.isObject() && share.isEmpty())) {
            return;
        }
        if (!share.isObject()) {
            throw malformed(record, field, "not an object");
        }
        var exact = percentage(record, field + ".exact", share.get("exact"));
        var min = percentage(record, field + ".minimum", share.get("minimum"));
        var max = percentage(record, field + ".maximum", share.get("maximum"));
        var exclusiveMin = share.get("exclusiveMinimum");
        var exclusiveMax = share.get("exclusiveMaximum");
        if (exclusiveMin != null && exclusiveMin.isNumber()) {
            min = percentage(record, field + ".exclusiveMinimum", exclusiveMin);
            props.put("shareMinExclusive", true);
        } else if (exclusiveMin != null && exclusiveMin.isBoolean() && min != null) {
            props.put("shareMinExclusive", exclusiveMin.asBoolean());
        }
        if (exclusiveMax != null && exclusiveMax.isNumber()) {
            max = percentage(record, field + ".exclusiveMaximum", exclusiveMax);
            props.put("shareMaxExclusive", true);
        } else if (exclusiveMax != null && exclusiveMax.isBoolean() && max != null) {
            props.put("shareMaxExclusive", exclusiveMax.asBoolean());
        }
        if (min != null && max != null && min > max) {
            throw malformed(record, field, "minimum " + min + " is above maximum " + max);
        }
        props.put("shareExact", exact);
        props.put("shareMin", min);
        props.put("shareMax", max);
    }

    private @Nullable Double percentage(JsonRecord record, String field, @Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw malformed(record, field, "not a number: " + value);
        }
        double percentage = value.asDouble();
        if (percentage < 0 || percentage > 100) {
            throw malformed(record, field, "percentage outside 0 to 100: " + value);
        }
        return percentage;
    }

    private void unspecified(
            JsonRecord record, Map<String, Object> statementProps, @Nullable JsonNode unspecified, String field) {
        if (unspecified == null || !unspecified.isObject()) {
            throw malformed(record, field, "missing value");
        }
        unspecifiedParties.incrementAndGet();
        statementProps.put(
                "interestedPartyUnspecified",
                Optional.ofNullable(text(unspecified, "reason")).orElse("unstated"));
        statementProps.put("interestedPartyDescription", text(unspecified, "description"));
    }

    /**
     * Identifiers as {@code :Identifier} nodes: an LEI ({@code XI-LEI}, or a scheme name saying LEI) as
     * {@code LEI:<id>}; a register of one country ({@code GB-COH}: org-id.guide codes start with the
     * ISO country) as {@code REG:<country>:<number>}, as goAML keys registrations; any other scheme as
     * {@code <SCHEME>:<number>}. An identifier with neither scheme nor scheme name is not keyed.
     */
    private void identifiers(OwnershipGraph.Builder graph, String partyKey, JsonNode details, Provenance prov) {
        for (var identifier : elements(details, "identifiers")) {
            var id = text(identifier, "id");
            if (id == null) {
                continue;
            }
            var scheme = text(identifier, "scheme");
            var schemeName = text(identifier, "schemeName");
            Optional<String> key;
            if ("XI-LEI".equalsIgnoreCase(String.valueOf(scheme))
                    || (schemeName != null
                            && schemeName.toUpperCase(Locale.ROOT).contains("LEI"))) {
                key = IdentifierKeys.plain("LEI", id);
            } else if (scheme != null
                    && scheme.matches("[A-Za-z]{2}-[A-Za-z0-9]+")
                    && !scheme.toUpperCase(Locale.ROOT).startsWith("XI-")) {
                key = IdentifierKeys.document("REG", scheme.substring(0, 2), id);
            } else if (scheme != null) {
                key = IdentifierKeys.plain(IdentifierKeys.code(scheme), id);
            } else if (schemeName != null) {
                key = IdentifierKeys.plain(IdentifierKeys.code(schemeName).replaceAll("[\\s:]+", "-"), id);
            } else {
                key = Optional.empty();
            }
            key.ifPresent(k -> {
                var props = new LinkedHashMap<String, Object>();
                props.put("value", id);
                props.put("scheme", scheme);
                props.put("schemeName", schemeName);
                props.put("uri", text(identifier, "uri"));
                graph.identifier(new IdentifierLink(partyKey, k, withoutNulls(props), prov));
            });
        }
    }

    private void addresses(OwnershipGraph.Builder graph, String partyKey, JsonNode details, Provenance prov) {
        for (var address : elements(details, "addresses")) {
            var line = text(address, "address");
            var postCode = text(address, "postCode");
            var country = country(address.get("country"));
            IdentifierKeys.address(country, null, line, postCode).ifPresent(key -> {
                var props = new LinkedHashMap<String, Object>();
                props.put("address", line);
                props.put("postCode", postCode);
                props.put("country", country);
                graph.address(new AddressLink(
                        partyKey,
                        key,
                        withoutNulls(props),
                        Optional.ofNullable(text(address, "type")).orElse("address"),
                        prov));
            });
        }
    }

    private static Map<String, Object> statementProperties(JsonNode node, String layout) {
        var props = new LinkedHashMap<String, Object>();
        var publication = node.path("publicationDetails");
        props.put(
                "bodsVersion",
                Optional.ofNullable(text(publication, "bodsVersion")).orElse(layout));
        props.put("publicationDate", text(publication, "publicationDate"));
        props.put("publisher", text(publication.path("publisher"), "name"));
        props.put("statementDate", text(node, "statementDate"));
        props.put("source", "BODS");
        return props;
    }

    /** A country as its code ({@code {"code": "GB", "name": …}} or a plain string), else its name. */
    private static @Nullable String country(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            return Optional.ofNullable(text(value, "code")).orElse(text(value, "name"));
        }
        return text(value);
    }

    private static @Nullable String joined(@Nullable String given, @Nullable String family) {
        if (given == null && family == null) {
            return null;
        }
        return given == null ? family : family == null ? given : given + " " + family;
    }

    private static String statementKey(String statementId) {
        return "bods:" + statementId;
    }

    private static Map<String, Object> withoutNulls(Map<String, @Nullable Object> props) {
        var clean = new LinkedHashMap<String, Object>();
        props.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value);
            }
        });
        return clean;
    }

    private String required(JsonRecord record, JsonNode node, String field) {
        var value = text(node, field);
        if (value == null) {
            throw malformed(record, field, "missing value");
        }
        return value;
    }

    private MalformedRecordException malformed(JsonRecord record, @Nullable String field, String reason) {
        return new MalformedRecordException(run().input(), record.locator(), field, reason);
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("BODS processor used outside its step");
        }
        return run;
    }
}

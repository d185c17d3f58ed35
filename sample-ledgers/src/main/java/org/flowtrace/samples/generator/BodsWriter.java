package org.flowtrace.samples.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the compounds' ownership as a Beneficial Ownership Data Standard 0.4 package ({@code bods.json},
 * a JSON array, as {@code flowtrace ingest bods} reads it): a person statement for each operator and
 * nominee, an entity statement for each company (name, jurisdiction, a register identifier whose scheme
 * starts with the country, so it keys as goAML keys the same registration), and a relationship statement
 * for each holding (exact shares, or ranges with an exclusive minimum; a nominee's holding with a second
 * interest of type {@code nominee}). Statement ids are name-based UUIDs of the record ids: the same data
 * set gives the same ids.
 */
final class BodsWriter {

    static final String FILE = "bods.json";

    private final List<Compound> compounds;
    private final LocalDate statementDate;
    private final LocalDate publicationDate;

    BodsWriter(List<Compound> compounds, LocalDate statementDate, LocalDate publicationDate) {
        this.compounds = compounds;
        this.statementDate = statementDate;
        this.publicationDate = publicationDate;
    }

    String write(Path out) throws IOException {
        Files.writeString(out.resolve(FILE), json(), StandardCharsets.UTF_8);
        return FILE;
    }

    String json() {
        var statements = new ArrayList<Map<String, Object>>();
        for (var compound : compounds) {
            var operator = compound.operator();
            var names = new ArrayList<Map<String, Object>>();
            names.add(map("type", "legal", "fullName", operator.name().nativeName()));
            names.add(map("type", "transliteration", "fullName", operator.name().romanised()));
            statements.add(statement(
                    operator.recordId(),
                    operator.recordId(),
                    "person",
                    map(
                            "isComponent",
                            false,
                            "personType",
                            "knownPerson",
                            "names",
                            names,
                            "nationalities",
                            List.of(map("code", operator.nationality())),
                            "birthDate",
                            operator.birthMonth())));
            for (var nominee : compound.nominees()) {
                statements.add(statement(
                        nominee.recordId(),
                        nominee.recordId(),
                        "person",
                        map(
                                "isComponent",
                                false,
                                "personType",
                                "knownPerson",
                                "names",
                                List.of(map(
                                        "type",
                                        "legal",
                                        "fullName",
                                        nominee.name().full())),
                                "nationalities",
                                List.of(map("code", nominee.name().nationality())))));
            }
            for (var company : compound.companies()) {
                statements.add(statement(
                        company.recordId(),
                        company.recordId(),
                        "entity",
                        map(
                                "isComponent",
                                false,
                                "entityType",
                                map("type", "registeredEntity"),
                                "name",
                                company.name(),
                                "jurisdiction",
                                map("code", company.jurisdiction()),
                                "identifiers",
                                List.of(map("scheme", company.scheme(), "id", company.registration())),
                                "foundingDate",
                                company.founded().toString())));
            }
            for (var holding : compound.holdings()) {
                var share = new LinkedHashMap<String, Object>();
                if (holding.exact() != null) {
                    share.put("exact", holding.exact());
                } else {
                    share.put("exclusiveMinimum", holding.exclusiveMinimum());
                    share.put("maximum", holding.maximum());
                }
                var interests = new ArrayList<Map<String, Object>>();
                interests.add(map(
                        "type",
                        "shareholding",
                        "directOrIndirect",
                        "direct",
                        "beneficialOwnershipOrControl",
                        holding.owner().equals(operator.recordId()),
                        "share",
                        share,
                        "startDate",
                        holding.since().toString()));
                if (holding.nominee()) {
                    interests.add(map(
                            "type",
                            "nominee",
                            "directOrIndirect",
                            "direct",
                            "beneficialOwnershipOrControl",
                            false,
                            "startDate",
                            holding.since().toString()));
                }
                statements.add(statement(
                        holding.subject(),
                        relationshipId(holding),
                        "relationship",
                        map(
                                "isComponent",
                                false,
                                "subject",
                                holding.subject(),
                                "interestedParty",
                                holding.owner(),
                                "interests",
                                interests)));
            }
        }
        return JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(statements);
    }

    /** The record id of a holding's relationship statement. */
    static String relationshipId(Compound.Holding holding) {
        return holding.owner() + "--owns--" + holding.subject();
    }

    /** The statement id of a record: a name-based UUID, the same for the same data set. */
    static String statementId(String recordId) {
        return UUID.nameUUIDFromBytes(("flowtrace-generate:" + recordId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private Map<String, Object> statement(
            String declarationSubject, String recordId, String type, Map<String, Object> details) {
        return map(
                "statementId",
                statementId(recordId),
                "declarationSubject",
                declarationSubject,
                "statementDate",
                statementDate.toString(),
                "publicationDetails",
                map(
                        "publicationDate",
                        publicationDate.toString(),
                        "bodsVersion",
                        "0.4",
                        "publisher",
                        map("name", "flowtrace generate (fictional register extract)")),
                "recordId",
                recordId,
                "recordStatus",
                "new",
                "recordType",
                type,
                "recordDetails",
                details);
    }

    /** A map keeping the order its keys are given in: {@code key, value, key, value …}. */
    private static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

package org.flowtrace.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.PredicateOffence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The case-pack writers on a case built by hand ({@link SampleCase}): no database. */
class CasePackTest {

    /** FollowTheMoney's schema YAML (shared reference data, SOURCES.md there). */
    private static final Path FTM_SCHEMA = Path.of("../../shared/reference-data/followthemoney/schema");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_html_pack_is_one_offline_page_marked_for_fiu_use_with_a_section_per_offence() {
        var page = CaseHtml.page(SampleCase.contents("ransom"));

        assertThat(page.indexOf(CaseContents.MARKING.substring(0, 40)))
                .as("the marking comes first")
                .isPositive()
                .isLessThan(page.indexOf("<h1>"));
        for (var offence : PredicateOffence.values()) {
            assertThat(page)
                    .contains("<h3 id=\"offence-" + offence.name().toLowerCase().replace('_', '-') + "\">");
        }
        assertThat(page)
                .contains("<h2 id=\"timeline\">", "<h2 id=\"flow\">", "<svg", "<h2 id=\"facts\">")
                .contains("payment made under the demand", "release made conditional on payment")
                .contains("sha256 ab12cd34", "record event 1", "file:///evidence/tron.json")
                .contains("&lt;b&gt;Hùng&lt;/b&gt;</a> <span class=\"victim\">victim</span>")
                .doesNotContain("<b>Hùng</b>", "<script", " src=", "<link", "@import", "url(");
    }

    @Test
    void the_json_pack_has_the_marking_the_offences_and_every_fact_with_its_checksum() {
        var json = JSON.readTree(CaseJson.text(SampleCase.contents("ransom")));

        assertThat(json.get("marking").asString()).isEqualTo(CaseContents.MARKING);
        assertThat(json.get("offences")).hasSize(PredicateOffence.values().length);
        var extortion = json.get("offences").get(2);
        assertThat(extortion.get("offence").asString()).isEqualTo("EXTORTION");
        assertThat(extortion.get("elements").get(1).get("evidence").toString()).contains("ransom:1", "TRON:t1");
        assertThat(json.get("facts"))
                .allSatisfy(fact -> assertThat(fact.get("sources"))
                        .isNotEmpty()
                        .allSatisfy(source ->
                                assertThat(source.get("sha256").asString()).isEqualTo("ab12cd34")));
        assertThat(json.get("victims").toString()).contains("goaml:victim");
        assertThat(json.get("timeline").get(0).get("fact").asString()).isEqualTo("ransom:1");
    }

    @Test
    void ftm_entities_have_stable_ids_whatever_the_case_and_the_export() {
        var first = CaseFtm.lines(SampleCase.contents("ransom"));
        var again = CaseFtm.lines(SampleCase.contents("ransom"));
        assertThat(again).isEqualTo(first);

        var ids = ids(first);
        var other = ids(CaseFtm.lines(SampleCase.contents("another case")));
        assertThat(other.get("ZMKBKHPP:001220301"))
                .as("an account has one id in every case")
                .isEqualTo(ids.get("ZMKBKHPP:001220301"))
                .isEqualTo(CaseFtm.id("account", "ZMKBKHPP:001220301"));
        assertThat(first.lines().findFirst().orElseThrow())
                .as("the marking is the first entity")
                .contains("\"schema\":\"Note\"", "FIU AND PROSECUTOR USE ONLY");
    }

    @Test
    void ftm_entities_use_only_schemata_and_properties_of_followthemoney_and_refer_to_each_other(@TempDir Path folder)
            throws IOException {
        var schema = FtmSchema.read(FTM_SCHEMA);
        var file = CasePack.write(SampleCase.contents("ransom"), CasePack.Format.ftm, folder);
        assertThat(file.getFileName().toString()).isEqualTo("ransom.ftm.json");

        var entities = Files.readAllLines(file).stream().map(JSON::readTree).toList();
        var ids = new HashSet<String>();
        entities.forEach(e -> ids.add(e.get("id").asString()));
        var schemata = new HashSet<String>();
        for (var entity : entities) {
            var name = entity.get("schema").asString();
            schemata.add(name);
            assertThat(schema.properties()).as("schema " + name).containsKey(name);
            var allowed = schema.allowed(name);
            for (var property : entity.get("properties").propertyNames()) {
                assertThat(allowed).as(name + "." + property).contains(property);
                assertThat(entity.get("properties").get(property).isArray()).isTrue();
            }
            for (var reference : List.of(
                    "payer",
                    "beneficiary",
                    "payerAccount",
                    "beneficiaryAccount",
                    "owner",
                    "asset",
                    "director",
                    "organization",
                    "entity",
                    "holder")) {
                var value = entity.get("properties").get(reference);
                if (value != null) {
                    value.forEach(
                            v -> assertThat(ids).as(name + "." + reference).contains(v.asString()));
                }
            }
        }
        assertThat(schemata)
                .contains(
                        "Note",
                        "Person",
                        "Company",
                        "BankAccount",
                        "CryptoWallet",
                        "Payment",
                        "Ownership",
                        "Directorship",
                        "Sanction");
        var payment = entities.stream()
                .filter(e -> e.get("schema").asString().equals("Payment"))
                .findFirst()
                .orElseThrow();
        assertThat(payment.get("properties").has("payer")).isTrue();
        assertThat(payment.get("properties").has("beneficiary")).isTrue();
        assertThat(payment.get("properties").get("description").toString()).contains("sha256 ab12cd34");
        assertThat(entities.stream()
                        .filter(e -> e.get("schema").asString().equals("CryptoWallet"))
                        .map(e -> e.get("properties").get("currency").get(0).asString()))
                .as("the chain's own currency, as flowtrace's FtM ingest reads wallets back")
                .containsOnly("TRX");
    }

    @Test
    void a_case_name_becomes_a_safe_file_name() {
        assertThat(CasePack.fileName("Naga Garden / ransom #1")).isEqualTo("naga-garden-ransom-1");
        assertThat(CasePack.fileName("../..")).isEqualTo("case");
    }

    private static Map<String, String> ids(String lines) {
        var ids = new HashMap<String, String>();
        lines.lines().map(JSON::readTree).forEach(e -> {
            var number = e.get("properties").get("accountNumber");
            if (number != null) {
                ids.put("ZMKBKHPP:" + number.get(0).asString(), e.get("id").asString());
            }
        });
        return ids;
    }

    /** The schemata of FtM's YAML: each one's own properties and the schemata it extends. */
    private record FtmSchema(Map<String, Set<String>> properties, Map<String, List<String>> parents) {

        private static final Pattern SCHEMA = Pattern.compile("^([A-Z][A-Za-z]+):\\s*$");
        private static final Pattern SECTION = Pattern.compile("^  ([a-zA-Z]+):.*$");
        private static final Pattern ITEM = Pattern.compile("^    - ([A-Z][A-Za-z]+)\\s*$");
        private static final Pattern PROPERTY = Pattern.compile("^    ([a-zA-Z]+):.*$");

        static FtmSchema read(Path folder) throws IOException {
            var properties = new HashMap<String, Set<String>>();
            var parents = new HashMap<String, List<String>>();
            try (var files = Files.list(folder)) {
                for (var file :
                        files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String schema = null;
                    String section = "";
                    for (var line : Files.readAllLines(file)) {
                        var m = SCHEMA.matcher(line);
                        if (m.matches()) {
                            schema = m.group(1);
                            properties.put(schema, new HashSet<>());
                            parents.put(schema, new ArrayList<>());
                            continue;
                        }
                        var s = SECTION.matcher(line);
                        if (s.matches()) {
                            section = s.group(1);
                            continue;
                        }
                        if (schema == null) {
                            continue;
                        }
                        var item = ITEM.matcher(line);
                        if (section.equals("extends") && item.matches()) {
                            parents.get(schema).add(item.group(1));
                        }
                        var property = PROPERTY.matcher(line);
                        if (section.equals("properties") && property.matches()) {
                            properties.get(schema).add(property.group(1));
                        }
                    }
                }
            }
            return new FtmSchema(properties, parents);
        }

        Set<String> allowed(String schema) {
            var all = new HashSet<>(properties.getOrDefault(schema, Set.of()));
            parents.getOrDefault(schema, List.of()).forEach(parent -> all.addAll(allowed(parent)));
            return all;
        }
    }
}

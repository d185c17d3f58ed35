package org.flowtrace.api.cases;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseFact;
import org.flowtrace.analytics.cases.FactKind;
import org.flowtrace.graph.model.Sha256;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case as FollowTheMoney entities, one JSON object a line ({@code {"id", "schema", "properties": {name:
 * [values]}}}), so that it imports into Aleph-style tools ({@code ftm import}, {@code alephclient
 * write-entities}). Schemata and properties are those of FtM 3.8 ({@code followthemoney/schema/*.yaml}):
 *
 * <ul>
 *   <li>the first line is a {@code Note} carrying the tipping-off marking;
 *   <li>persons → {@code Person}; organisations, and parties owned or controlled → {@code Company}; other
 *       parties → {@code LegalEntity}; accounts → {@code BankAccount}; wallets → {@code CryptoWallet}
 *       ({@code currency}: the chain's own, {@code ETH}, {@code TRX}, {@code BTC}; {@code holder}: the party
 *       controlling it);
 *   <li>transfers → {@code Payment} ({@code payer}, {@code beneficiary}: the holders of its ends, or a
 *       {@code LegalEntity} "holder of …" where the graph names none; {@code payerAccount} and
 *       {@code beneficiaryAccount} for bank accounts);
 *   <li>{@code OWNS} and account holdings → {@code Ownership}; {@code CONTROLS} → {@code Directorship};
 *       designations → {@code Sanction}. Reports, findings, {@code SAME_AS} and mentions are not exported.
 * </ul>
 *
 * <p>Ids are {@code flowtrace-} and the SHA-256 of the element's kind and key, so the same account, party or
 * transfer has the same id in every export of every case. Every entity's {@code description} lists its
 * sources (file, record, SHA-256, run) and {@code publisher} names the case.
 */
public final class CaseFtm {

    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    /** A chain's own currency, as FtM wallets name it (and as flowtrace's FtM ingest reads it back). */
    private static final Map<String, String> NATIVE = Map.of("ETHEREUM", "ETH", "TRON", "TRX", "BITCOIN", "BTC");

    private static final Pattern DAY = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private CaseFtm() {}

    /** The entities as JSON lines. */
    public static String lines(CaseContents contents) {
        var json = JsonMapper.builder().build();
        var text = new StringBuilder();
        for (var entity : entities(contents)) {
            text.append(json.writeValueAsString(entity)).append('\n');
        }
        return text.toString();
    }

    /** The entities, the marking first. */
    static List<Map<String, Object>> entities(CaseContents contents) {
        var facts = contents.factsByKey();
        var publisher = "flowtrace case " + contents.name();
        var entities = new ArrayList<Map<String, Object>>();
        var marking = entity("flowtrace-case-" + Sha256.hex(contents.name()).substring(0, 40), "Note");
        add(marking, "name", "flowtrace case pack " + contents.name());
        add(marking, "description", CaseContents.MARKING);
        add(marking, "publisher", publisher);
        entities.add(marking);

        var holders = new HashMap<String, String>();
        var assets = new HashSet<String>();
        for (var fact : contents.facts()) {
            switch (fact.kind()) {
                case HOLDS, CONTROLS_WALLET -> holders.putIfAbsent(to(fact), fact.from());
                case OWNS, CONTROLS -> assets.add(to(fact));
                default -> {}
            }
        }
        var placeholders = new LinkedHashMap<String, Map<String, Object>>();
        for (var fact : contents.facts()) {
            var entity = switch (fact.kind()) {
                case PERSON, ORGANISATION, PARTY -> party(fact, assets, contents.victims());
                case ACCOUNT -> account(fact);
                case WALLET -> wallet(fact, holders, placeholders);
                case TRANSFER -> payment(fact, facts, holders, placeholders);
                case OWNS, HOLDS -> ownership(fact, facts);
                case CONTROLS -> directorship(fact);
                case DESIGNATED_BY -> sanction(fact, facts);
                default -> null;
            };
            if (entity != null) {
                sources(entity, fact);
                add(entity, "publisher", publisher);
                entities.add(entity);
            }
        }
        entities.addAll(1, placeholders.values());
        return entities;
    }

    /** The stable id of an element of the graph. */
    static String id(String kind, String key) {
        return "flowtrace-" + Sha256.hex(kind + ":" + key).substring(0, 40);
    }

    private static String partyId(String key) {
        return id("party", key);
    }

    private static String endpointId(String key, Map<String, CaseFact> facts) {
        var fact = facts.get(key);
        return id(fact != null && fact.kind() == FactKind.WALLET ? "wallet" : "account", key);
    }

    private static Map<String, Object> party(CaseFact fact, Set<String> assets, Set<String> victims) {
        var schema = switch (fact.kind()) {
            case PERSON -> "Person";
            case ORGANISATION -> "Company";
            default -> assets.contains(fact.key()) ? "Company" : "LegalEntity";
        };
        var entity = entity(partyId(fact.key()), schema);
        add(entity, "name", fact.label());
        for (var alias : split(fact.property("aliases"))) {
            add(entity, "alias", alias);
        }
        for (var property : List.of("country", "countries", "nationalities", "jurisdictions")) {
            for (var code : split(fact.property(property))) {
                if (COUNTRY.matcher(code).matches()) {
                    add(
                            entity,
                            schema.equals("Person") && property.equals("nationalities") ? "nationality" : "country",
                            code.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        if (schema.equals("Person")) {
            var born = fact.property("birthDate").isEmpty() ? fact.property("birthdate") : fact.property("birthDate");
            if (DAY.matcher(born).matches()) {
                add(entity, "birthDate", born);
            }
        }
        if (victims.contains(fact.key())) {
            add(entity, "summary", "possible victim (trafficking or fraud): not a suspect; non-punishment principle");
        }
        return entity;
    }

    private static Map<String, Object> account(CaseFact fact) {
        var entity = entity(id("account", fact.key()), "BankAccount");
        var colon = fact.key().indexOf(':');
        var institution = fact.property("institution").isEmpty() && colon > 0
                ? fact.key().substring(0, colon)
                : fact.property("institution");
        var number = fact.property("number").isEmpty() ? fact.key().substring(colon + 1) : fact.property("number");
        add(entity, "name", fact.label());
        add(entity, "accountNumber", number);
        if (!institution.isEmpty()) {
            add(entity, "bankName", institution);
        }
        if (BIC.matcher(institution).matches()) {
            add(entity, "bic", institution);
        }
        if (!fact.property("iban").isEmpty()) {
            add(entity, "iban", fact.property("iban"));
        }
        return entity;
    }

    private static Map<String, Object> wallet(
            CaseFact fact, Map<String, String> holders, Map<String, Map<String, Object>> placeholders) {
        var entity = entity(id("wallet", fact.key()), "CryptoWallet");
        var colon = fact.key().indexOf(':');
        add(entity, "name", fact.label());
        add(
                entity,
                "publicKey",
                fact.property("address").isEmpty() ? fact.key().substring(colon + 1) : fact.property("address"));
        var chain = colon > 0 ? fact.key().substring(0, colon) : fact.property("chain");
        add(entity, "currency", NATIVE.getOrDefault(chain, chain));
        add(entity, "holder", holder(fact.key(), holders, placeholders));
        return entity;
    }

    private static Map<String, Object> payment(
            CaseFact fact,
            Map<String, CaseFact> facts,
            Map<String, String> holders,
            Map<String, Map<String, Object>> placeholders) {
        var entity = entity(id("transfer", fact.key()), "Payment");
        var from = Objects.requireNonNull(fact.from());
        var to = to(fact);
        add(entity, "payer", holder(from, holders, placeholders));
        add(entity, "beneficiary", holder(to, holders, placeholders));
        if (isAccount(from, facts)) {
            add(entity, "payerAccount", id("account", from));
        }
        if (isAccount(to, facts)) {
            add(entity, "beneficiaryAccount", id("account", to));
        }
        add(entity, "amount", fact.property("amount"));
        add(entity, "currency", fact.property("asset"));
        if (!fact.property("usd").isEmpty()) {
            add(entity, "amountUsd", fact.property("usd"));
        }
        if (fact.at() != null) {
            add(
                    entity,
                    "date",
                    fact.at().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
        }
        if (!fact.property("reference").isEmpty()) {
            add(entity, "purpose", fact.property("reference"));
        }
        add(entity, "transactionNumber", fact.key());
        add(entity, "summary", fact.label());
        return entity;
    }

    private static Map<String, Object> ownership(CaseFact fact, Map<String, CaseFact> facts) {
        var entity = entity(id("interest", fact.key()), "Ownership");
        add(entity, "owner", partyId(Objects.requireNonNull(fact.from())));
        if (fact.kind() == FactKind.HOLDS) {
            add(entity, "asset", endpointId(to(fact), facts));
            add(
                    entity,
                    "role",
                    "account holder" + (fact.property("roles").isEmpty() ? "" : " (" + fact.property("roles") + ")"));
        } else {
            add(entity, "asset", partyId(to(fact)));
            interest(entity, fact);
            if (!fact.property("shareExact").isEmpty()) {
                add(entity, "percentage", fact.property("shareExact"));
            }
        }
        return entity;
    }

    private static Map<String, Object> directorship(CaseFact fact) {
        var entity = entity(id("interest", fact.key()), "Directorship");
        add(entity, "director", partyId(Objects.requireNonNull(fact.from())));
        add(entity, "organization", partyId(to(fact)));
        interest(entity, fact);
        return entity;
    }

    private static void interest(Map<String, Object> entity, CaseFact fact) {
        if (!fact.property("interestType").isEmpty()) {
            add(entity, "role", fact.property("interestType"));
        }
        for (var property : List.of("startDate", "endDate")) {
            if (DAY.matcher(fact.property(property)).matches()) {
                add(entity, property, fact.property(property));
            }
        }
    }

    private static Map<String, Object> sanction(CaseFact fact, Map<String, CaseFact> facts) {
        var entity = entity(id("sanction", fact.key()), "Sanction");
        var from = Objects.requireNonNull(fact.from());
        var designated = facts.get(from);
        add(
                entity,
                "entity",
                designated != null && designated.kind() == FactKind.WALLET ? id("wallet", from) : partyId(from));
        var designation = facts.get(to(fact));
        if (designation != null) {
            add(
                    entity,
                    "authority",
                    designation.property("list").isEmpty() ? designation.label() : designation.property("list"));
            for (var program : split(designation.property("program") + "; " + designation.property("programs"))) {
                add(entity, "program", program);
            }
            var url = designation.property("sourceUrl");
            if (url.startsWith("https://") || url.startsWith("http://")) {
                add(entity, "sourceUrl", url);
            }
            var listed = designation.property("listedOn").isEmpty()
                    ? designation.property("listingDate")
                    : designation.property("listedOn");
            if (DAY.matcher(listed).matches()) {
                add(entity, "listingDate", listed);
            }
        }
        return entity;
    }

    /** The party holding an account or wallet, else a stand-in "holder of …" (one per endpoint). */
    private static String holder(
            String endpoint, Map<String, String> holders, Map<String, Map<String, Object>> placeholders) {
        var holder = holders.get(endpoint);
        if (holder != null) {
            return partyId(holder);
        }
        var placeholder = placeholders.computeIfAbsent(endpoint, key -> {
            var entity = entity(id("holder", key), "LegalEntity");
            add(entity, "name", "holder of " + key);
            add(entity, "summary", "the evidence does not name who holds " + key);
            return entity;
        });
        return (String) placeholder.get("id");
    }

    private static boolean isAccount(String key, Map<String, CaseFact> facts) {
        var fact = facts.get(key);
        return fact != null && fact.kind() == FactKind.ACCOUNT;
    }

    private static void sources(Map<String, Object> entity, CaseFact fact) {
        var lines = fact.sources().stream().map(CasePack::source).toList();
        add(entity, "description", lines.isEmpty() ? "no source recorded" : "sources: " + String.join("; ", lines));
    }

    private static String to(CaseFact fact) {
        return Objects.requireNonNull(fact.to());
    }

    private static Map<String, Object> entity(String id, String schema) {
        var entity = new LinkedHashMap<String, Object>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", new LinkedHashMap<String, List<String>>());
        return entity;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> entity, String property, String value) {
        if (value.isBlank()) {
            return;
        }
        var properties = (Map<String, List<String>>) entity.get("properties");
        var values = properties.computeIfAbsent(property, p -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static List<String> split(String joined) {
        return java.util.Arrays.stream(joined.split("; "))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

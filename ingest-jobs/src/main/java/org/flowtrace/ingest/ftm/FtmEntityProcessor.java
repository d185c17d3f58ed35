package org.flowtrace.ingest.ftm;

import static org.flowtrace.ingest.support.JsonFields.text;
import static org.flowtrace.ingest.support.JsonFields.texts;
import static org.flowtrace.ingest.support.PropertyMaps.put;
import static org.flowtrace.ingest.support.PropertyMaps.putList;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraph.AddressNode;
import org.flowtrace.graph.ownership.OwnershipGraph.DesignationLink;
import org.flowtrace.graph.ownership.OwnershipGraph.Interest;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyLink;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyNode;
import org.flowtrace.graph.ownership.OwnershipGraph.PaymentNode;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.DigitalCurrencyAddresses;
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
 * Maps one FollowTheMoney entity ({@code {"id", "schema", "properties": {name: [values]}}}, or a delta
 * line {@code {"op": "ADD"|"MOD"|"DEL", "entity": {…}}}) to the graph. Every entity is keyed
 * {@code ftm:<id>}, so references between entities ({@code owner}, {@code holder}, {@code entity} …)
 * meet whatever order the lines come in.
 *
 * <ul>
 *   <li>Person → {@code :Party:Person}; Company, Organization, PublicBody → {@code :Party:Organisation};
 *       LegalEntity → {@code :Party} (it may be either). First {@code name} is {@code name}, the other
 *       names, {@code alias}, {@code weakAlias} and {@code previousName} are {@code aliases}; dates
 *       (often partial: {@code 1972}, {@code 1972-05}) are kept as written.
 *   <li>Strong identifiers become {@code :Identifier} nodes keyed as goAML keys them
 *       ({@code REG:<country>:<number>} when one jurisdiction is given, {@code LEI:…}, {@code INN:…},
 *       {@code OGRN:…}, {@code TAX:…}, {@code PASSPORT:<country>:<number>}, {@code EMAIL:…} …);
 *       Identification and Passport entities add theirs to the holder.
 *   <li>Address entities are {@code :Address {key: 'ftm:<id>'}}, linked from {@code addressEntity};
 *       plain {@code address} texts are keyed {@code ADDRESS:<COUNTRY>::<TEXT>}.
 *   <li>Ownership → {@code (owner)-[:OWNS {key: 'ftm:<id>'}]->(asset)} with {@code shareExact} when
 *       {@code percentage} is a number ({@code percentage} as written otherwise); Directorship →
 *       {@code (director)-[:CONTROLS]->(organization)}, {@code interestType: 'directorship'}.
 *   <li>CryptoWallet → a {@code :Wallet} on its chain held by {@code holder}
 *       ({@link DigitalCurrencyAddresses}); Sanction → {@code (entity)-[:DESIGNATED_BY]->(:Designation
 *       {key: 'ftm:<id>'})}; Family and Associate → {@code LINKED_TO}.
 *   <li>BankAccount → an {@code :Account} keyed as the other jobs key bank accounts ({@link
 *       FtmBankAccounts}: {@code IBAN:<IBAN>}, else {@code <BIC or bank name>:<number>}, else
 *       {@code ftm-account:<id>}) with its details; the accounts of a file are read before its
 *       entities, so a payment or ownership may come first. An Ownership whose asset is a BankAccount
 *       makes its owner hold the account ({@code HOLDS {roles: ['OWNER']}}) rather than own a party.
 *   <li>Payment → a {@code :Payment} node between its payer and beneficiary parties, and a
 *       {@code TRANSFER} {@code ftm:<id>} from the payer's account to the beneficiary's when the
 *       payment names both accounts ({@code payerAccount}, {@code beneficiaryAccount}: BankAccount
 *       entities of the file), an exact {@code amount} with its ISO 4217 {@code currency} and a day
 *       ({@code date}, else {@code startDate}; a date-time without offset is UTC). The payer holds the
 *       payer account ({@code roles: ['PAYER']}), the beneficiary the other ({@code BENEFICIARY}).
 *       Otherwise no transfer: the node says why ({@code notTransferBecause}) — the payments of most
 *       datasets name parties only, or an amount converted to EUR or USD ({@code amountEur}), or a
 *       year.
 *   <li>An Identification or Passport without a number states nothing to key: counted
 *       ({@code documentsWithoutNumber}).
 *   <li>Other schemata are counted ({@code notLoaded<Schema>}); DEL lines are counted
 *       ({@code deletionsNotApplied}): evidence once loaded is not removed by a later export.
 * </ul>
 */
public final class FtmEntityProcessor implements ItemProcessor<JsonRecord, GraphFragment>, StepExecutionListener {

    static final String NOT_TRANSFER =
            "no payerAccount and no beneficiaryAccount: a payment between parties," + " not between accounts";

    private static final List<String> PARTY_SCHEMATA =
            List.of("Person", "Company", "Organization", "PublicBody", "LegalEntity");

    private final Map<String, AtomicLong> notLoaded = new TreeMap<>();
    private final AtomicLong deletions = new AtomicLong();
    private final AtomicLong walletsOffChain = new AtomicLong();
    private final AtomicLong documentsWithoutNumber = new AtomicLong();
    private final AtomicLong transfers = new AtomicLong();
    private final AtomicLong paymentsNotTransfers = new AtomicLong();
    private @Nullable RunSource run;
    private @Nullable FtmBankAccounts bankAccounts;

    public FtmEntityProcessor() {}

    FtmEntityProcessor(RunSource run) {
        this.run = run;
    }

    FtmEntityProcessor(RunSource run, FtmBankAccounts bankAccounts) {
        this.run = run;
        this.bankAccounts = bankAccounts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        notLoaded.forEach((schema, count) -> StepCounts.record(stepExecution, "notLoaded" + schema, count.get()));
        StepCounts.record(stepExecution, "deletionsNotApplied", deletions.get());
        StepCounts.record(stepExecution, "walletsOnChainsNotStored", walletsOffChain.get());
        StepCounts.record(stepExecution, "documentsWithoutNumber", documentsWithoutNumber.get());
        StepCounts.record(stepExecution, "paymentTransfers", transfers.get());
        StepCounts.record(stepExecution, "paymentsNotTransfers", paymentsNotTransfers.get());
        return stepExecution.getExitStatus();
    }

    @Override
    public @Nullable GraphFragment process(JsonRecord record) {
        var node = record.node();
        if (!node.isObject()) {
            throw malformed(record, null, "not a JSON object");
        }
        var entity = node;
        var op = text(node, "op");
        if (op != null) {
            if ("DEL".equals(op)) {
                deletions.incrementAndGet();
                return null;
            }
            if (!"ADD".equals(op) && !"MOD".equals(op)) {
                throw malformed(record, "op", "unknown delta operation " + op);
            }
            entity = node.path("entity");
            if (!entity.isObject()) {
                throw malformed(record, "entity", "missing value");
            }
        }
        var id = text(entity, "id");
        if (id == null) {
            throw malformed(record, "id", "missing value");
        }
        var schema = text(entity, "schema");
        if (schema == null) {
            throw malformed(record, "schema", "missing value");
        }
        var properties = entity.path("properties");
        var entityRecord = new Entity(record, id, schema, entity, properties, run().at(record.locator()));
        var graph = new OwnershipGraph.Builder();
        var accounts = new AccountFacts();
        switch (schema) {
            case "Person", "Company", "Organization", "PublicBody", "LegalEntity" -> party(entityRecord, graph);
            case "Address" -> address(entityRecord, graph);
            case "Ownership" -> {
                if (!accountOwnership(entityRecord, accounts)) {
                    interest(entityRecord, graph, InterestRelation.OWNS, "owner", "asset");
                }
            }
            case "BankAccount" -> bankAccount(entityRecord, accounts);
            case "Directorship" -> interest(entityRecord, graph, InterestRelation.CONTROLS, "director", "organization");
            case "CryptoWallet" -> wallet(entityRecord, graph);
            case "Sanction" -> sanction(entityRecord, graph);
            case "Payment" -> payment(entityRecord, graph, accounts);
            case "Identification", "Passport" -> {
                if (entityRecord.first("number") == null) {
                    documentsWithoutNumber.incrementAndGet();
                    return null;
                }
                identification(entityRecord, graph);
            }
            case "Family" -> link(entityRecord, graph, "person", "relative", "family");
            case "Associate" -> link(entityRecord, graph, "person", "associate", "associate");
            default -> {
                if (!schema.matches("[A-Z][A-Za-z]*")) {
                    throw malformed(record, "schema", "not a FollowTheMoney schema name: " + schema);
                }
                notLoaded.computeIfAbsent(schema, s -> new AtomicLong()).incrementAndGet();
                return null;
            }
        }
        return new GraphFragment(
                record.locator(), graph.build(), accounts.accounts, accounts.holdings, accounts.transfers);
    }

    /** The accounts, holdings and transfers one entity states. */
    private static final class AccountFacts {
        final List<AccountNode> accounts = new ArrayList<>();
        final List<Holding> holdings = new ArrayList<>();
        final List<Transfer> transfers = new ArrayList<>();
    }

    /** One entity being mapped: its line, id, schema, properties and provenance. */
    private record Entity(
            JsonRecord record, String id, String schema, JsonNode entity, JsonNode properties, Provenance prov) {

        String key() {
            return key(id);
        }

        static String key(String id) {
            return "ftm:" + id;
        }

        List<String> values(String property) {
            return texts(properties.get(property));
        }

        @Nullable
        String first(String property) {
            var values = values(property);
            return values.isEmpty() ? null : values.getFirst();
        }
    }

    private void party(Entity e, OwnershipGraph.Builder graph) {
        var kind = switch (e.schema()) {
            case "Person" -> PartyKind.PERSON;
            case "LegalEntity" -> null;
            default -> PartyKind.ORGANISATION;
        };
        var names = e.values("name");
        var props = new LinkedHashMap<String, Object>();
        if (!names.isEmpty()) {
            props.put("name", names.getFirst());
        }
        props.put("schema", e.schema());
        props.put("source", "FollowTheMoney");
        put(props, "caption", text(e.entity(), "caption"));
        for (var property : List.of(
                "birthDate",
                "deathDate",
                "birthPlace",
                "gender",
                "incorporationDate",
                "dissolutionDate",
                "legalForm",
                "status",
                "sector",
                "firstName",
                "lastName")) {
            put(props, property, e.first(property));
        }
        var target = e.entity().get("target");
        if (target != null && target.isBoolean()) {
            props.put("sanctionsTarget", target.asBoolean());
        }
        var lists = new LinkedHashMap<String, List<String>>();
        var aliases = new ArrayList<String>(names.size() > 1 ? names.subList(1, names.size()) : List.of());
        for (var property : List.of("alias", "weakAlias", "previousName")) {
            for (var alias : e.values(property)) {
                if (!aliases.contains(alias) && !names.isEmpty() && !alias.equals(names.getFirst())) {
                    aliases.add(alias);
                }
            }
        }
        putList(lists, "aliases", aliases);
        putList(lists, "countries", e.values("country"));
        putList(lists, "nationalities", e.values("nationality"));
        putList(lists, "jurisdictions", e.values("jurisdiction"));
        putList(lists, "topics", e.values("topics"));
        putList(lists, "datasets", texts(e.entity().get("datasets")));
        putList(lists, "sourceUrls", e.values("sourceUrl"));
        graph.party(new PartyNode(e.key(), kind, props, lists, null, e.prov()));
        identifiers(e, graph);
        var country = single(e.values("jurisdiction"), e.values("country"));
        for (var address : e.values("address")) {
            IdentifierKeys.address(country, null, address)
                    .ifPresent(key ->
                            graph.address(new AddressLink(e.key(), key, Map.of("full", address), "address", e.prov())));
        }
        for (var addressEntity : e.values("addressEntity")) {
            graph.address(new AddressLink(e.key(), Entity.key(addressEntity), Map.of(), "address", e.prov()));
        }
    }

    /** The strong identifiers of a party, keyed as goAML keys them. */
    private void identifiers(Entity e, OwnershipGraph.Builder graph) {
        var country = single(e.values("jurisdiction"), e.values("country"));
        var nationality = single(e.values("nationality"), e.values("citizenship"));
        for (var number : e.values("registrationNumber")) {
            identifier(
                    e,
                    graph,
                    country == null
                            ? IdentifierKeys.plain("REG", number)
                            : IdentifierKeys.document("REG", country, number),
                    "registrationNumber",
                    number);
        }
        for (var number : e.values("passportNumber")) {
            identifier(
                    e,
                    graph,
                    nationality == null
                            ? IdentifierKeys.plain("PASSPORT", number)
                            : IdentifierKeys.document("PASSPORT", nationality, number),
                    "passportNumber",
                    number);
        }
        Map<String, String> plain = Map.of(
                "leiCode", "LEI",
                "innCode", "INN",
                "ogrnCode", "OGRN",
                "taxNumber", "TAX",
                "vatCode", "VAT",
                "idNumber", "IDNUMBER",
                "swiftBic", "BIC",
                "dunsCode", "DUNS",
                "imoNumber", "IMO");
        plain.forEach((property, kind) -> {
            for (var number : e.values(property)) {
                identifier(e, graph, IdentifierKeys.plain(kind, number), property, number);
            }
        });
        for (var email : e.values("email")) {
            identifier(e, graph, IdentifierKeys.email(email), "email", email);
        }
        for (var phone : e.values("phone")) {
            identifier(e, graph, IdentifierKeys.phone(null, phone), "phone", phone);
        }
    }

    private static void identifier(
            Entity e, OwnershipGraph.Builder graph, Optional<String> key, String property, String value) {
        key.ifPresent(k ->
                graph.identifier(new IdentifierLink(e.key(), k, Map.of("type", property, "value", value), e.prov())));
    }

    private void address(Entity e, OwnershipGraph.Builder graph) {
        var props = new LinkedHashMap<String, Object>();
        for (var property :
                List.of("full", "street", "street2", "city", "postalCode", "region", "state", "country", "remarks")) {
            put(props, property, e.first(property));
        }
        props.put("source", "FollowTheMoney");
        graph.addressNode(new AddressNode(e.key(), props, e.prov()));
    }

    private void interest(Entity e, OwnershipGraph.Builder graph, InterestRelation relation, String from, String to) {
        var interested = required(e, from);
        var subject = required(e, to);
        var props = new LinkedHashMap<String, Object>();
        props.put("source", "FollowTheMoney");
        props.put("interestType", relation == InterestRelation.OWNS ? "ownership" : "directorship");
        for (var property : List.of(
                "role", "startDate", "endDate", "ownershipType", "sharesCount", "sharesValue", "sharesCurrency")) {
            put(props, property, e.first(property));
        }
        var percentage = e.first("percentage");
        if (percentage != null) {
            var number = percentage.replace("%", "").replace(',', '.').strip();
            try {
                double share = Double.parseDouble(number);
                if (share < 0 || share > 100) {
                    throw malformed(e.record(), "percentage", "percentage outside 0 to 100: " + percentage);
                }
                props.put("shareExact", share);
            } catch (NumberFormatException notANumber) {
                props.put("percentage", percentage);
            }
        }
        graph.interest(
                new Interest(e.key(), relation, Entity.key(interested), Entity.key(subject), null, props, e.prov()));
    }

    private void wallet(Entity e, OwnershipGraph.Builder graph) {
        var address = required(e, "publicKey");
        var currency = Optional.ofNullable(e.first("currencySymbol")).orElse(e.first("currency"));
        if (currency == null) {
            throw malformed(e.record(), "currency", "missing value: the chain of " + address + " is unknown");
        }
        var holder = e.first("holder");
        try {
            if (!DigitalCurrencyAddresses.add(
                    graph, currency, address, holder == null ? null : Entity.key(holder), null, e.prov())) {
                walletsOffChain.incrementAndGet();
            }
        } catch (IllegalArgumentException invalid) {
            throw malformed(e.record(), "publicKey", String.valueOf(invalid.getMessage()));
        }
    }

    private void sanction(Entity e, OwnershipGraph.Builder graph) {
        var entity = required(e, "entity");
        var props = new LinkedHashMap<String, Object>();
        var datasets = texts(e.entity().get("datasets"));
        var authority = e.first("authority");
        props.put("list", !datasets.isEmpty() ? datasets.getFirst() : authority != null ? authority : "FollowTheMoney");
        props.put("source", "FollowTheMoney");
        for (var property : List.of(
                "authority",
                "authorityId",
                "unscId",
                "program",
                "programId",
                "programUrl",
                "provisions",
                "status",
                "reason",
                "country",
                "listingDate",
                "startDate",
                "endDate",
                "summary",
                "sourceUrl")) {
            put(props, property, e.first(property));
        }
        graph.designation(new DesignationLink(e.key(), Entity.key(entity), props, e.prov()));
    }

    private void bankAccount(Entity e, AccountFacts facts) {
        var account = bankAccounts().account(e.id()).orElseGet(() -> FtmBankAccounts.key(e.id(), e.properties()));
        var props = new LinkedHashMap<String, Object>();
        props.put("source", "FollowTheMoney");
        props.put("ftmId", e.id());
        for (var property : List.of(
                "name",
                "iban",
                "accountNumber",
                "bankName",
                "bic",
                "swiftBic",
                "currency",
                "accountType",
                "openingDate",
                "closingDate",
                "balance",
                "balanceDate",
                "bankAddress")) {
            put(props, property, e.first(property));
        }
        put(props, "bank", e.first("bank") == null ? null : Entity.key(Objects.requireNonNull(e.first("bank"))));
        facts.accounts.add(new AccountNode(account, props, e.prov()));
    }

    /** An Ownership of a BankAccount: its owner holds the account. */
    private boolean accountOwnership(Entity e, AccountFacts facts) {
        var account = bankAccounts().account(e.first("asset"));
        if (account.isEmpty()) {
            return false;
        }
        facts.holdings.add(
                new Holding(Entity.key(required(e, "owner")), account.get().key(), "OWNER", e.prov()));
        return true;
    }

    private void payment(Entity e, OwnershipGraph.Builder graph, AccountFacts facts) {
        var payer = e.first("payer");
        var beneficiary = e.first("beneficiary");
        var payerAccountId = e.first("payerAccount");
        var beneficiaryAccountId = e.first("beneficiaryAccount");
        if (payer == null && beneficiary == null && payerAccountId == null && beneficiaryAccountId == null) {
            throw malformed(e.record(), "payer", "a payment with neither payer nor beneficiary");
        }
        var props = new LinkedHashMap<String, Object>();
        props.put("source", "FollowTheMoney");
        for (var property : List.of(
                "amount",
                "currency",
                "amountEur",
                "amountUsd",
                "date",
                "startDate",
                "endDate",
                "purpose",
                "programme",
                "transactionNumber",
                "sequenceNumber",
                "payerAccount",
                "beneficiaryAccount")) {
            put(props, property, e.first(property));
        }
        var payerAccount = bankAccounts().account(payerAccountId);
        var beneficiaryAccount = bankAccounts().account(beneficiaryAccountId);
        payerAccount.ifPresent(account -> {
            if (payer != null) {
                facts.holdings.add(new Holding(Entity.key(payer), account.key(), "PAYER", e.prov()));
            }
        });
        beneficiaryAccount.ifPresent(account -> {
            if (beneficiary != null) {
                facts.holdings.add(new Holding(Entity.key(beneficiary), account.key(), "BENEFICIARY", e.prov()));
            }
        });
        var why = new ArrayList<String>();
        if (payerAccountId == null && beneficiaryAccountId == null) {
            why.add(NOT_TRANSFER);
        } else {
            side(why, "payerAccount", payerAccountId, payerAccount);
            side(why, "beneficiaryAccount", beneficiaryAccountId, beneficiaryAccount);
        }
        var betweenAccounts = why.isEmpty();
        var money = betweenAccounts ? money(e, why) : null;
        var at = betweenAccounts ? day(e, why) : null;
        if (why.isEmpty() && money != null && at != null) {
            var id = e.key();
            facts.transfers.add(new Transfer(
                    id,
                    payerAccount.orElseThrow(),
                    beneficiaryAccount.orElseThrow(),
                    money,
                    at,
                    e.first("purpose"),
                    usdIfDollars(money, at),
                    e.prov()));
            props.put("transfer", id);
            transfers.incrementAndGet();
        } else {
            props.put("notTransferBecause", String.join("; ", why));
            paymentsNotTransfers.incrementAndGet();
        }
        graph.payment(new PaymentNode(
                e.key(),
                payer == null ? null : Entity.key(payer),
                beneficiary == null ? null : Entity.key(beneficiary),
                props,
                e.prov()));
    }

    private static void side(List<String> why, String property, @Nullable String id, Optional<AccountRef> account) {
        if (id == null) {
            why.add("no " + property);
        } else if (account.isEmpty()) {
            why.add(property + " " + id + " is not a BankAccount of this file");
        }
    }

    /** The payment's exact amount in its own currency, or {@code null} with the reason added to {@code why}. */
    private static @Nullable Money money(Entity e, List<String> why) {
        var amount = e.first("amount");
        var currency = e.first("currency");
        if (amount == null || currency == null) {
            why.add(
                    amount == null
                            ? "no amount in the payment's own currency"
                                    + (e.first("amountEur") != null ? " (only amountEur)" : "")
                            : "amount without currency");
            return null;
        }
        try {
            var money = Money.parse(amount, Asset.currency(currency));
            if (money.isNegative()) {
                why.add("negative amount " + amount);
                return null;
            }
            return money;
        } catch (IllegalArgumentException e2) {
            why.add(e2.getMessage());
            return null;
        }
    }

    /** The payment's day ({@code date}, else {@code startDate}) as the start of that day in UTC. */
    private static @Nullable Instant day(Entity e, List<String> why) {
        var date = Optional.ofNullable(e.first("date")).orElse(e.first("startDate"));
        if (date == null) {
            why.add("no date");
            return null;
        }
        try {
            if (date.length() == 10) {
                return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (date.length() > 10) {
                var parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(date, OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime offset
                        ? offset.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException notADate) {
            why.add("date '" + date + "' is not an ISO 8601 date");
            return null;
        }
        why.add("date '" + date + "' is not a day");
        return null;
    }

    /** USD needs no rate; other currencies get theirs from the fx-rates job, never a guess. */
    private static @Nullable UsdValue usdIfDollars(Money amount, Instant at) {
        if (!amount.asset().code().equals("USD")) {
            return null;
        }
        return UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private void identification(Entity e, OwnershipGraph.Builder graph) {
        var holder = required(e, "holder");
        var number = Objects.requireNonNull(e.first("number"), "number");
        var type = "Passport".equals(e.schema())
                ? "PASSPORT"
                : Optional.ofNullable(e.first("type")).orElse("ID");
        var kind = IdentifierKeys.code(type).replaceAll("[\\s:]+", "-");
        var country = e.first("country");
        var key = country == null ? IdentifierKeys.plain(kind, number) : IdentifierKeys.document(kind, country, number);
        var props = new LinkedHashMap<String, Object>();
        props.put("type", type);
        props.put("value", number);
        put(props, "country", country);
        put(props, "authority", e.first("authority"));
        key.ifPresent(k -> graph.identifier(new IdentifierLink(Entity.key(holder), k, props, e.prov())));
        graph.party(new PartyNode(Entity.key(holder), null, Map.of(), Map.of(), null, e.prov()));
    }

    private void link(Entity e, OwnershipGraph.Builder graph, String from, String to, String relation) {
        var props = new LinkedHashMap<String, Object>();
        put(props, "relationship", e.first("relationship"));
        put(props, "startDate", e.first("startDate"));
        put(props, "endDate", e.first("endDate"));
        props.put("ftmId", e.id());
        graph.link(
                new PartyLink(Entity.key(required(e, from)), Entity.key(required(e, to)), relation, props, e.prov()));
    }

    private String required(Entity e, String property) {
        var value = e.first(property);
        if (value == null) {
            throw malformed(e.record(), property, "missing value");
        }
        return value;
    }

    private static @Nullable String single(List<String> preferred, List<String> otherwise) {
        if (preferred.size() == 1) {
            return preferred.getFirst();
        }
        return preferred.isEmpty() && otherwise.size() == 1 ? otherwise.getFirst() : null;
    }

    private MalformedRecordException malformed(JsonRecord record, @Nullable String field, String reason) {
        return new MalformedRecordException(run().input(), record.locator(), field, reason);
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("FtM processor used outside its step");
        }
        return run;
    }

    /** The file's BankAccount entities, read once when the first entity needs them. */
    private FtmBankAccounts bankAccounts() {
        if (bankAccounts == null) {
            bankAccounts = FtmBankAccounts.scan(Path.of(run().input()));
        }
        return bankAccounts;
    }
}

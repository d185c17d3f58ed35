package org.flowtrace.ingest.sanctions;

import static org.flowtrace.ingest.support.PropertyMaps.put;
import static org.flowtrace.ingest.support.PropertyMaps.putList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraph.DesignationLink;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyLink;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyNode;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnId;
import org.flowtrace.ingest.support.CountryCodes;
import org.flowtrace.ingest.support.DigitalCurrencyAddresses;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IdentifierKeys;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Maps an {@link SdnEntry} to the graph: {@code (:Party {key: 'ofac-sdn:<uid>'})-[:DESIGNATED_BY]->
 * (:Designation {key: 'ofac-sdn:<uid>', list: 'OFAC SDN', programs})}; each {@code Digital Currency
 * Address - <CUR>} a wallet on its chain ({@link DigitalCurrencyAddresses}) that the party
 * {@code CONTROLS_WALLET} and that is {@code DESIGNATED_BY} the same designation; documents as
 * {@code :Identifier} nodes keyed as goAML keys them (issuing country as its ISO code,
 * {@link CountryCodes}); addresses as {@code :Address} nodes. Individuals are {@code :Person}, entities
 * {@code :Organisation}, vessels and aircraft {@code :Party} with {@code sdnType}. Dates of birth are
 * kept as OFAC writes them ({@code 28 Jul 1963}, {@code 1963}, {@code circa 1960}). Relationships
 * between entries ({@code sdn_advanced.xml}) are {@code (:Party)-[:LINKED_TO {relation}]->(:Party)},
 * the relation OFAC's type in lower case ({@code owned or controlled by}, {@code associate of} …).
 */
final class SdnEntryProcessor implements ItemProcessor<SdnEntry, GraphFragment>, StepExecutionListener {

    static final String LIST = "OFAC SDN";
    private static final String CURRENCY_FEATURE = "Digital Currency Address - ";

    private final AtomicLong wallets = new AtomicLong();
    private final AtomicLong offChain = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private @Nullable RunSource run;

    SdnEntryProcessor() {}

    SdnEntryProcessor(RunSource run) {
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.run = RunSource.of(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, "designatedWallets", wallets.get());
        StepCounts.record(stepExecution, "addressesOnChainsNotStored", offChain.get());
        StepCounts.record(stepExecution, "invalidAddresses", invalid.get());
        return stepExecution.getExitStatus();
    }

    @Override
    public GraphFragment process(SdnEntry entry) {
        var prov = run().at(entry.locator());
        var key = "ofac-sdn:" + entry.uid();
        var graph = new OwnershipGraph.Builder();
        var kind = entry.sdnType() == null
                ? null
                : switch (entry.sdnType().toLowerCase(Locale.ROOT)) {
                    case "individual" -> PartyKind.PERSON;
                    case "entity" -> PartyKind.ORGANISATION;
                    default -> null;
                };
        var props = new LinkedHashMap<String, Object>();
        entry.ids().stream()
                .filter(id -> "Gender".equals(id.type()))
                .findFirst()
                .ifPresent(gender -> props.put("gender", gender.number()));
        put(props, "name", entry.name());
        put(props, "firstName", entry.firstName());
        put(props, "lastName", entry.lastName());
        put(props, "sdnType", entry.sdnType());
        put(props, "title", entry.title());
        if (!entry.datesOfBirth().isEmpty()) {
            props.put("birthDate", entry.datesOfBirth().getFirst());
        }
        props.put("source", LIST);
        var lists = new LinkedHashMap<String, List<String>>();
        putList(lists, "aliases", entry.aliases());
        putList(lists, "datesOfBirth", entry.datesOfBirth());
        putList(lists, "placesOfBirth", entry.placesOfBirth());
        putList(lists, "nationalities", entry.nationalities());
        putList(lists, "citizenships", entry.citizenships());
        putList(lists, "linkedTo", entry.linkedTo());
        putList(lists, "programs", entry.programs());
        graph.party(new PartyNode(key, kind, props, lists, null, prov));
        var designation = new LinkedHashMap<String, Object>();
        designation.put("list", LIST);
        designation.put("authority", "OFAC");
        designation.put("entryId", entry.uid());
        if (!entry.programs().isEmpty()) {
            designation.put("programs", entry.programs());
        }
        put(designation, "sdnType", entry.sdnType());
        put(designation, "remarks", entry.remarks());
        graph.designation(new DesignationLink(key, key, designation, prov));
        for (var id : entry.ids()) {
            identifier(graph, key, id, prov);
        }
        for (var relation : entry.relations()) {
            graph.link(new PartyLink(
                    key,
                    "ofac-sdn:" + relation.uid(),
                    relation.type().toLowerCase(Locale.ROOT),
                    Map.of("relationType", relation.type(), "former", relation.former(), "source", LIST),
                    prov));
        }
        for (var address : entry.addresses()) {
            var country = address.country() == null
                    ? null
                    : CountryCodes.of(address.country()).orElse(address.country());
            IdentifierKeys.address(country, address.city(), address.street(), address.state(), address.postalCode())
                    .ifPresent(addressKey -> {
                        var fields = new LinkedHashMap<String, Object>();
                        put(fields, "street", address.street());
                        put(fields, "city", address.city());
                        put(fields, "state", address.state());
                        put(fields, "postalCode", address.postalCode());
                        put(fields, "country", address.country());
                        graph.address(new AddressLink(key, addressKey, fields, "address", prov));
                    });
        }
        return new GraphFragment(entry.locator(), graph.build());
    }

    private void identifier(OwnershipGraph.Builder graph, String party, SdnId id, Provenance prov) {
        if (id.type().startsWith(CURRENCY_FEATURE)) {
            var currency = id.type().substring(CURRENCY_FEATURE.length()).strip();
            try {
                if (DigitalCurrencyAddresses.add(graph, currency, id.number(), party, party, prov)) {
                    wallets.incrementAndGet();
                } else {
                    offChain.incrementAndGet();
                }
            } catch (IllegalArgumentException e) {
                invalid.incrementAndGet();
                graph.identifier(new IdentifierLink(
                        party,
                        "CRYPTO:" + currency.toUpperCase(Locale.ROOT) + ":" + id.number(),
                        Map.of("currency", currency, "value", id.number(), "invalid", String.valueOf(e.getMessage())),
                        prov));
            }
            return;
        }
        if ("Gender".equals(id.type())) {
            return; // a property of the party, not an identifier
        }
        var country =
                id.country() == null ? null : CountryCodes.of(id.country()).orElse(id.country());
        var key = switch (id.type()) {
            case "Email Address" -> IdentifierKeys.email(id.number());
            case "Phone Number" -> IdentifierKeys.phone(null, id.number());
            case "Legal Entity Number" -> IdentifierKeys.plain("LEI", id.number());
            case "SSN" -> IdentifierKeys.plain("SSN", id.number());
            case "SWIFT/BIC" -> IdentifierKeys.plain("BIC", id.number());
            case "Website" -> Optional.of("WEBSITE:" + id.number().toLowerCase(Locale.ROOT));
            default -> {
                var kind = kind(id.type());
                yield country == null
                        ? IdentifierKeys.plain(kind, id.number())
                        : IdentifierKeys.document(kind, country, id.number());
            }
        };
        var props = new LinkedHashMap<String, Object>();
        props.put("type", id.type());
        props.put("value", id.number());
        put(props, "country", id.country());
        key.ifPresent(k -> graph.identifier(new IdentifierLink(party, k, props, prov)));
    }

    /** The key kind of an OFAC document type: registrations as {@code REG}, as goAML keys them. */
    private static String kind(String type) {
        return switch (type) {
            case "Passport" -> "PASSPORT";
            case "Registration Number",
                    "Registration ID",
                    "Business Registration Number",
                    "Company Number",
                    "UK Company Number" -> "REG";
            case "Tax ID No." -> "TAX";
            case "National ID No." -> "NATIONALID";
            default ->
                type.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        };
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("SDN processor used outside its step");
        }
        return run;
    }
}

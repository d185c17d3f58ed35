package org.flowtrace.ingest.sanctions;

import static org.flowtrace.ingest.support.PropertyMaps.put;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraph.DesignationLink;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyLink;
import org.flowtrace.graph.ownership.OwnershipGraph.PartyNode;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.CountryCodes;
import org.flowtrace.ingest.support.CsvRow;
import org.flowtrace.ingest.support.DigitalCurrencyAddresses;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IdentifierKeys;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A row of an FIU's own designations CSV (compound operators, compounds, companies and people):
 * {@code (:Party {key: 'designations:<list>:<id>'})-[:DESIGNATED_BY]->(:Designation {key: same, list})},
 * its wallets ({@code CURRENCY:address}, {@code ;}-separated) on their chains, held by the party and
 * designated; its location as an {@code :Address}; each linked company an {@code :Organisation}
 * ({@code designations:<list>:company:<NAME>}, one per list and name) {@code LINKED_TO} the party.
 * {@code <list>} is the list's name in lower case with runs of other characters made {@code -}.
 */
final class DesignationRowProcessor implements ItemProcessor<CsvRow, GraphFragment>, StepExecutionListener {

    private final DesignationColumns columns;
    private @Nullable RunSource run;

    DesignationRowProcessor(DesignationColumns columns) {
        this.columns = columns;
    }

    DesignationRowProcessor(DesignationColumns columns, RunSource run) {
        this(columns);
        this.run = run;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunSource.of(stepExecution);
    }

    @Override
    public GraphFragment process(CsvRow row) {
        var list = required(row, "list");
        var id = required(row, "id");
        var name = required(row, "name");
        var type = required(row, "type").toLowerCase(Locale.ROOT);
        var kind = switch (type) {
            case "person" -> PartyKind.PERSON;
            case "organisation", "organization", "company", "compound" -> PartyKind.ORGANISATION;
            default -> throw malformed(row, "type", "unknown type " + type + " (person, organisation, compound)");
        };
        var listedOn = columns.value(row, "listed_on").orElse(null);
        if (listedOn != null) {
            try {
                LocalDate.parse(listedOn);
            } catch (DateTimeParseException e) {
                throw malformed(row, "listed_on", "not an ISO date (yyyy-MM-dd): " + listedOn);
            }
        }
        var slug = list.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        var key = "designations:" + slug + ":" + id;
        var prov = run().at(row.locator());
        var graph = new OwnershipGraph.Builder();
        var country = columns.value(row, "country").orElse(null);
        var countryCode = country == null ? null : CountryCodes.of(country).orElse(country);
        var props = new LinkedHashMap<String, Object>();
        props.put("name", name);
        props.put("category", type);
        props.put("source", list);
        if (countryCode != null) {
            props.put("country", countryCode);
        }
        var lists = new LinkedHashMap<String, List<String>>();
        var aliases = split(columns.value(row, "aliases").orElse(""));
        if (!aliases.isEmpty()) {
            lists.put("aliases", aliases);
        }
        graph.party(new PartyNode(key, kind, props, lists, null, prov));
        var designation = new LinkedHashMap<String, Object>();
        designation.put("list", list);
        designation.put("entryId", id);
        put(designation, "program", columns.value(row, "program").orElse(null));
        put(designation, "listedOn", listedOn);
        put(designation, "sourceUrl", columns.value(row, "source_url").orElse(null));
        put(designation, "remarks", columns.value(row, "remarks").orElse(null));
        graph.designation(new DesignationLink(key, key, designation, prov));
        columns.value(row, "location")
                .ifPresent(location -> IdentifierKeys.address(countryCode, null, location)
                        .ifPresent(addressKey -> graph.address(
                                new AddressLink(key, addressKey, Map.of("full", location), "location", prov))));
        for (var company : split(columns.value(row, "linked_companies").orElse(""))) {
            var companyKey = "designations:" + slug + ":company:"
                    + company.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            graph.party(new PartyNode(
                    companyKey, PartyKind.ORGANISATION, Map.of("name", company, "source", list), Map.of(), null, prov));
            graph.link(new PartyLink(companyKey, key, "linked company", Map.of(), prov));
        }
        for (var wallet : split(columns.value(row, "wallets").orElse(""))) {
            int colon = wallet.indexOf(':');
            if (colon <= 0) {
                throw malformed(row, "wallets", "not CURRENCY:address: " + wallet);
            }
            try {
                DigitalCurrencyAddresses.add(
                        graph, wallet.substring(0, colon), wallet.substring(colon + 1), key, key, prov);
            } catch (IllegalArgumentException e) {
                throw malformed(row, "wallets", wallet + ": " + e.getMessage());
            }
        }
        return new GraphFragment(row.locator(), graph.build());
    }

    private static List<String> split(String value) {
        var parts = new ArrayList<String>();
        for (var part : value.split(";")) {
            if (!part.isBlank() && !parts.contains(part.strip())) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private String required(CsvRow row, String column) {
        return columns.value(row, column).orElseThrow(() -> malformed(row, column, "missing value"));
    }

    private MalformedRecordException malformed(CsvRow row, String field, String reason) {
        return new MalformedRecordException(run().input(), row.locator(), field, reason);
    }

    private RunSource run() {
        if (run == null) {
            throw new IllegalStateException("designations processor used outside its step");
        }
        return run;
    }
}

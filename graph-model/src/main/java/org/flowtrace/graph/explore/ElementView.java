package org.flowtrace.graph.explore;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.provenance.ProvenanceEntry;

/**
 * One element as an investigator sees it.
 *
 * @param kind its kind
 * @param key its key (a transfer's id)
 * @param label what to show: a party's name, a finding's typology, a transfer's amount and asset, else the key
 * @param labels its node labels ({@code TRANSFER} for a transfer)
 * @param properties its stored properties but {@code prov}, by name, as plain Java values: strings (exact
 *     amounts and USD values are stored as strings and stay so), {@code Long}, {@code Double} (the
 *     approximate {@code *Approx} values), {@code Boolean}, lists of these, and times and dates as ISO-8601
 *     strings (UTC instants for date-times). A transfer's also has {@code from}, {@code fromKind},
 *     {@code to} and {@code toKind}: the keys and kinds of its ends
 * @param provenance every source that stated it, in the order of its {@code prov} entries
 * @param findings the findings that involve it (a transfer: those resting on it), strongest first
 * @param possibleVictim whether it is involved as a possible victim of trafficking (its own
 *     {@code POSSIBLE_TRAFFICKING_VICTIM} finding, or that role in another finding): a victim, never a suspect
 */
public record ElementView(
        ElementKind kind,
        String key,
        String label,
        List<String> labels,
        Map<String, Object> properties,
        List<ProvenanceEntry> provenance,
        List<FindingRef> findings,
        boolean possibleVictim) {

    public ElementView {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
        provenance = List.copyOf(provenance);
        findings = List.copyOf(findings);
    }
}

package org.flowtrace.analytics.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case as stored: what it was built from, by whom and when, every fact it holds with its sources, the
 * evidence mapped to predicate offences, the traces and operator paths it was gathered by, and the
 * parties, accounts and wallets that evidence marks as possible victims (never to be treated as suspects:
 * the non-punishment principle).
 *
 * @param start the finding, party, account or wallet the case was built from
 * @param analyst who built (or last rebuilt) it
 * @param traces one line per trace: rule, direction, start, hops and where the value rests
 * @param operatorPaths one line per path to a designated operator, hop by hop
 * @param victims keys of facts marked as possible victims of trafficking or fraud
 * @param notes limits reached and starts that could not be traced
 */
public record CaseContents(
        String name,
        String start,
        String analyst,
        Instant createdAt,
        Instant updatedAt,
        String parameters,
        List<CaseFact> facts,
        List<EvidenceItem> evidence,
        List<String> traces,
        List<String> operatorPaths,
        Set<String> victims,
        List<String> notes) {

    /** The line every case pack starts with. */
    public static final String MARKING = "RESTRICTED — FIU AND PROSECUTOR USE ONLY. This case pack contains the"
            + " contents of suspicious-transaction reports: disclosing it, or that a report exists, to the persons"
            + " concerned or to third parties is tipping-off (FATF Recommendation 21).";

    public CaseContents {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        traces = List.copyOf(traces);
        operatorPaths = List.copyOf(operatorPaths);
        victims = Set.copyOf(victims);
        notes = List.copyOf(notes);
    }

    /** The facts by key, in order. */
    public Map<String, CaseFact> factsByKey() {
        var byKey = new LinkedHashMap<String, CaseFact>();
        facts.forEach(f -> byKey.put(f.key(), f));
        return byKey;
    }

    /** The fact with this key. */
    public Optional<CaseFact> fact(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The facts with a time, oldest first (ties by kind and key): the timeline. */
    public List<CaseFact> timeline() {
        return facts.stream()
                .filter(f -> f.at() != null)
                .sorted(Comparator.comparing((CaseFact f) -> Objects.requireNonNull(f.at()))
                        .thenComparing(CaseFact::kind)
                        .thenComparing(CaseFact::key))
                .toList();
    }

    /** The evidence of one offence, in the order of its elements. */
    public List<EvidenceItem> evidence(PredicateOffence offence) {
        return evidence.stream()
                .filter(e -> e.offence() == offence)
                .sorted(Comparator.comparing((EvidenceItem e) -> e.supports().ordinal()))
                .toList();
    }
}

package org.flowtrace.analytics.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flowtrace.analytics.cases.PredicateOffence.Element;

/**
 * Maps the facts of a case to the elements of the predicate offences they support, and marks possible
 * victims. Pure: the same facts give the same evidence. The rules (docs/cases.md):
 *
 * <ul>
 *   <li>a {@code RANSOM} finding: payment under a demand (extortion), release conditional on payment
 *       (illegal restraint), proceeds passed on (money laundering); its payments into the receiver each
 *       support the extortion payment, its outflow the transfer of proceeds;
 *   <li>a finding of a possible trafficking victim or coerced worker ({@code POSSIBLE_TRAFFICKING_VICTIM},
 *       any typology naming trafficking or coercion): exploitation (trafficking); its accounts and wallets
 *       are possible victims;
 *   <li>any other finding (peel chain, cycle, pass-through, scatter-gather, fans, structuring): conversion
 *       or transfer of proceeds;
 *   <li>a transfer into a wallet tagged scam or fraud, from one that is not: a deceived victim's payment
 *       (fraud); a transfer into an exchange (custodial) wallet, or another one into a designated wallet:
 *       acquisition or use; any other transfer on a trace: transfer of proceeds;
 *   <li>a report: suspicion reported; if its reason, action or indicators speak of trafficking, missing
 *       persons or forced work: exploitation (trafficking); of ransom, release, kidnapping or hostages: a
 *       demand with menaces (extortion) and a person held (illegal restraint); of fraud or scams:
 *       deception (fraud);
 *   <li>a person a report names in a {@code VICTIM} role: a possible victim (trafficking when the report
 *       speaks of it);
 *   <li>ownership and control interests: concealment of beneficial ownership; holding an account or
 *       controlling a wallet: control of what the proceeds pass through;
 *   <li>a designation of a compound or of its operator: trafficking (the act); any other designation:
 *       control; a wallet tagged scam or fraud: deception (fraud).
 * </ul>
 */
public final class OffenceMapping {

    /** The evidence of a case and its possible victims. */
    public record Mapped(List<EvidenceItem> evidence, Set<String> victims) {
        public Mapped {
            evidence = List.copyOf(evidence);
            victims = Set.copyOf(victims);
        }
    }

    static final Pattern TRAFFICKING =
            Pattern.compile("traffick|missing person|forced (labou?r|work|criminal)|compound|\\bht-|\\btip-");
    static final Pattern EXTORTION = Pattern.compile("ransom|release|kidnap|hostage|extort");
    static final Pattern FRAUD = Pattern.compile("fraud|scam|pig.butcher|romance|fake (job|investment|platform)");
    private static final Pattern VICTIM_TYPOLOGY = Pattern.compile("TRAFFICKING|COERCED");

    private OffenceMapping() {}

    /** The evidence and victims of these facts. */
    public static Mapped map(List<CaseFact> facts) {
        var byKey = new java.util.HashMap<String, CaseFact>();
        facts.forEach(f -> byKey.put(f.key(), f));
        var evidence = new ArrayList<EvidenceItem>();
        var victims = new LinkedHashSet<String>();
        for (var fact : facts) {
            switch (fact.kind()) {
                case FINDING -> finding(fact, evidence, victims);
                case REPORT -> report(fact, evidence);
                case NAMES -> named(fact, byKey, evidence, victims);
                case OWNS, CONTROLS ->
                    evidence.add(new EvidenceItem(
                            Element.ML_CONCEALMENT,
                            fact.key(),
                            "a stated " + fact.kind().name().toLowerCase(Locale.ROOT) + " interest in a company ("
                                    + fact.label() + "): one layer between the proceeds and their owner"));
                case HOLDS, CONTROLS_WALLET ->
                    evidence.add(new EvidenceItem(
                            Element.ML_CONTROL, fact.key(), "who holds what the money passed: " + fact.label()));
                case DESIGNATION -> designation(fact, evidence);
                case WALLET -> {
                    if (FRAUD.matcher(lower(fact.property("tags"))).find()) {
                        evidence.add(new EvidenceItem(
                                Element.FRAUD_DECEPTION,
                                fact.key(),
                                "attribution tag of a scam: " + fact.property("tags")));
                    }
                }
                default -> {}
            }
        }
        for (var fact : facts) {
            if (fact.kind() == FactKind.TRANSFER) {
                transfer(fact, byKey, evidence);
            }
        }
        return new Mapped(evidence, victims);
    }

    private static void finding(CaseFact finding, List<EvidenceItem> evidence, Set<String> victims) {
        var typology = finding.property("typology");
        var explanation = finding.property("explanation");
        if (typology.equals("RANSOM")) {
            evidence.add(new EvidenceItem(
                    Element.EXTORTION_PAYMENT, finding.key(), "ransom pattern found by the detector: " + explanation));
            evidence.add(new EvidenceItem(
                    Element.RESTRAINT_RELEASE_FOR_PAYMENT,
                    finding.key(),
                    "one-off family payments of a ransom's size, passed on within hours: the pattern of a release"
                            + " paid for"));
            evidence.add(new EvidenceItem(
                    Element.ML_PROCEEDS_MOVED, finding.key(), "the receiver passed the payments on at once"));
            return;
        }
        if (VICTIM_TYPOLOGY.matcher(typology).find()) {
            evidence.add(new EvidenceItem(
                    Element.TIP_EXPLOITATION,
                    finding.key(),
                    "indicators of a coerced worker (a victim, not a suspect; non-punishment principle): "
                            + explanation));
            members(finding, null).forEach(victims::add);
            return;
        }
        evidence.add(new EvidenceItem(
                Element.ML_PROCEEDS_MOVED, finding.key(), typology.toLowerCase(Locale.ROOT) + ": " + explanation));
    }

    private static void transfer(CaseFact transfer, Map<String, CaseFact> byKey, List<EvidenceItem> evidence) {
        var from = byKey.get(transfer.from());
        var to = byKey.get(transfer.to());
        var ransom = byKey.values().stream()
                .filter(f ->
                        f.kind() == FactKind.FINDING && f.property("typology").equals("RANSOM"))
                .filter(f -> list(f.property("transferIds")).contains(transfer.key()))
                .findFirst();
        if (ransom.isPresent()) {
            if (members(ransom.get(), "receiver").contains(transfer.to())) {
                evidence.add(new EvidenceItem(
                        Element.EXTORTION_PAYMENT,
                        transfer.key(),
                        "a payment of the ransom pattern " + ransom.get().key() + ": " + transfer.label()));
            } else {
                evidence.add(new EvidenceItem(
                        Element.ML_PROCEEDS_MOVED, transfer.key(), "the ransom passed on: " + transfer.label()));
            }
        }
        var toTags = to == null ? "" : lower(to.property("tags"));
        var fromTags = from == null ? "" : lower(from.property("tags"));
        boolean victimPayment =
                FRAUD.matcher(toTags).find() && !FRAUD.matcher(fromTags).find();
        if (victimPayment) {
            evidence.add(new EvidenceItem(
                    Element.FRAUD_PAYMENT,
                    transfer.key(),
                    "a payment into a wallet tagged as a scam (" + to.property("tags") + "): " + transfer.label()));
        }
        if (to != null && (to.property("custodial").equals("true") || toTags.contains("exchange"))) {
            evidence.add(new EvidenceItem(
                    Element.ML_CASH_OUT, transfer.key(), "proceeds reach an exchange: " + transfer.label()));
        } else if (to != null && to.property("designated").equals("true") && ransom.isEmpty() && !victimPayment) {
            evidence.add(new EvidenceItem(
                    Element.ML_CASH_OUT,
                    transfer.key(),
                    "proceeds reach a designated party's wallet: " + transfer.label()));
        }
        if (transfer.property("traced").equals("true") && ransom.isEmpty()) {
            evidence.add(new EvidenceItem(
                    Element.ML_PROCEEDS_MOVED, transfer.key(), "traced value moved on: " + transfer.label()));
        }
    }

    private static void report(CaseFact report, List<EvidenceItem> evidence) {
        var text = lower(
                report.property("reason") + " " + report.property("action") + " " + report.property("indicators"));
        evidence.add(new EvidenceItem(
                Element.ML_REPORTED, report.key(), "report " + report.label() + " of a suspicion of laundering"));
        if (TRAFFICKING.matcher(text).find()) {
            evidence.add(new EvidenceItem(
                    Element.TIP_EXPLOITATION,
                    report.key(),
                    "the report speaks of trafficking, a missing person or forced work"));
        }
        if (EXTORTION.matcher(text).find()) {
            evidence.add(new EvidenceItem(
                    Element.EXTORTION_DEMAND,
                    report.key(),
                    "the report speaks of a ransom or a payment for someone's release"));
            evidence.add(new EvidenceItem(
                    Element.RESTRAINT_HELD, report.key(), "the report speaks of a person held until paid for"));
        }
        if (FRAUD.matcher(text).find()) {
            evidence.add(
                    new EvidenceItem(Element.FRAUD_DECEPTION, report.key(), "the report speaks of fraud or a scam"));
        }
    }

    private static void named(
            CaseFact names, Map<String, CaseFact> byKey, List<EvidenceItem> evidence, Set<String> victims) {
        if (!names.property("roles").toUpperCase(Locale.ROOT).contains("VICTIM")) {
            return;
        }
        var person = names.to();
        victims.add(person);
        var report = byKey.get(names.from());
        var trafficking = report != null
                && TRAFFICKING
                        .matcher(lower(report.property("reason") + " " + report.property("indicators")))
                        .find();
        var name = byKey.containsKey(person) ? byKey.get(person).label() : person;
        evidence.add(new EvidenceItem(
                trafficking ? Element.TIP_VICTIM : Element.FRAUD_PAYMENT,
                person,
                name + " is named as a victim in report " + names.from()
                        + " (a victim, never a suspect: non-punishment principle)"));
    }

    private static void designation(CaseFact designation, List<EvidenceItem> evidence) {
        var text = designation.property("list") + " " + designation.property("program") + " "
                + designation.property("programs") + " " + designation.property("reason");
        if (TRAFFICKING.matcher(lower(text)).find()) {
            evidence.add(new EvidenceItem(
                    Element.TIP_ACT,
                    designation.key(),
                    "designated as a scam compound or its operator: " + text.strip()));
        } else {
            evidence.add(new EvidenceItem(
                    Element.ML_CONTROL, designation.key(), "a designated party in the flow: " + text.strip()));
        }
    }

    /** The member keys of a finding ({@code members}: {@code role key; …}), of one role or all. */
    static List<String> members(CaseFact finding, @org.jspecify.annotations.Nullable String role) {
        var keys = new ArrayList<String>();
        for (var member : list(finding.property("members"))) {
            var space = member.indexOf(' ');
            if (space > 0 && (role == null || member.substring(0, space).equals(role))) {
                keys.add(member.substring(space + 1));
            }
        }
        return keys;
    }

    static List<String> list(String joined) {
        return joined.isBlank() ? List.of() : List.of(joined.split("; "));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}

package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flowtrace.analytics.resolution.Identifier.Kind;

/**
 * Scores a pair of party records in the manner of Fellegi and Sunter ("A Theory for Record Linkage",
 * JASA 64, 1969): each comparison that agrees or disagrees adds a weight, a log-likelihood ratio of the
 * comparison's outcome among matches against non-matches (natural logarithms, set by judgement from
 * the error rates of each kind of evidence, not fitted), and the sum with a prior is turned into a
 * score by the logistic function: {@code score = 1 / (1 + exp(-(PRIOR + Σ weights)))}.
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><td>shared registration (with jurisdiction), LEI, identity document (with country)</td><td>+12</td></tr>
 *   <tr><td>shared number of unknown issuer</td><td>+6</td></tr>
 *   <tr><td>shared e-mail, wallet</td><td>+5</td></tr>
 *   <tr><td>shared phone, account</td><td>+4</td></tr>
 *   <tr><td>shared address</td><td>+1.5</td></tr>
 *   <tr><td>(identifiers together at most)</td><td>+14</td></tr>
 *   <tr><td>organisations: registrations in one jurisdiction, or LEIs, that differ</td><td>−8</td></tr>
 *   <tr><td>name similarity ≥ 0.99 / 0.92 / 0.87 / 0.80 (distinctive name)</td><td>+7 / +4.5 / +3 / +0.5</td></tr>
 *   <tr><td>the same, common name ({@link CommonNames})</td><td>+4.5 / +3 / +2 / +0.5</td></tr>
 *   <tr><td>name similarity ≥ 0.70 / below</td><td>−1.5 / −5</td></tr>
 *   <tr><td>date of birth: same day / month / year (partial dates agree)</td><td>+4 / +2.5 / +1.5</td></tr>
 *   <tr><td>dates of birth that cannot be the same</td><td>−6</td></tr>
 *   <tr><td>genders differ</td><td>−5</td></tr>
 *   <tr><td>countries overlap / disjoint</td><td>+0.5 / −1.5</td></tr>
 *   <tr><td>prior</td><td>−4</td></tr>
 * </table>
 *
 * <p>So a distinctive name alone gives 0.95, a common one alone 0.62 (below the default threshold: it
 * needs a date of birth, an identifier or more), a shared registration alone 0.9997, and a shared
 * phone with a dissimilar name 0.007. A person is never matched with an organisation.
 */
public final class MatchScorer {

    static final double PRIOR = -4;
    static final double IDENTIFIER_CAP = 14;
    static final double BEST_NAME_WEIGHT = 7;

    private final CommonNames common;

    public MatchScorer(CommonNames common) {
        this.common = common;
    }

    /** The score of a pair; empty when one is a person and the other an organisation. */
    public Optional<Match> score(PartyProfile a, PartyProfile b) {
        if (!a.type().compatibleWith(b.type())) {
            return Optional.empty();
        }
        boolean organisation = a.type() == PartyType.ORGANISATION || b.type() == PartyType.ORGANISATION;
        boolean person = a.type() == PartyType.PERSON || b.type() == PartyType.PERSON;
        var evidence = new ArrayList<Evidence>();
        identifiers(a, b, organisation, evidence);
        names(a, b, organisation, evidence);
        if (!organisation) {
            births(a, b, evidence);
            if (a.gender() != null && b.gender() != null && !a.gender().equals(b.gender())) {
                evidence.add(new Evidence(-5, "genders differ"));
            }
        }
        countries(a, b, person, organisation, evidence);
        double sum = PRIOR + evidence.stream().mapToDouble(Evidence::weight).sum();
        double score = Math.round(1_000.0 / (1 + Math.exp(-sum))) / 1_000.0;
        var reasons = evidence.stream()
                .sorted(Comparator.comparingDouble((Evidence e) -> -Math.abs(e.weight())))
                .map(Evidence::toString)
                .toList();
        return Optional.of(new Match(score, reasons));
    }

    /**
     * Whether the pair could reach the threshold at all: everything but the names weighed as in
     * {@link #score}, the names at their best (+{@value #BEST_NAME_WEIGHT}). A cheap first pass: a pair
     * that cannot is not compared by name — two people whose dates of birth cannot be the same and who
     * share no identifier, say. Exact: never false for a pair whose score reaches the threshold.
     */
    public boolean canReach(PartyProfile a, PartyProfile b, double threshold) {
        if (!a.type().compatibleWith(b.type())) {
            return false;
        }
        boolean organisation = a.type() == PartyType.ORGANISATION || b.type() == PartyType.ORGANISATION;
        boolean person = a.type() == PartyType.PERSON || b.type() == PartyType.PERSON;
        double sum = PRIOR + BEST_NAME_WEIGHT + identifierWeight(a, b, organisation);
        if (!organisation) {
            sum += birthWeight(bestBirthAgreement(a, b));
            if (a.gender() != null && b.gender() != null && !a.gender().equals(b.gender())) {
                sum -= 5;
            }
        }
        if (!a.countries().isEmpty() && !b.countries().isEmpty()) {
            boolean overlap = a.countries().stream().anyMatch(b.countries()::contains);
            sum += overlap ? 0.5 : (organisation || person) ? -1.5 : 0;
        }
        // the score is rounded to three decimals: leave that much room
        return 1 / (1 + Math.exp(-sum)) >= threshold - 0.0005;
    }

    private static double identifierWeight(PartyProfile a, PartyProfile b, boolean organisation) {
        double total = 0;
        var shared = new ArrayList<Double>();
        for (var identifier : a.identifiers()) {
            if (b.identifiers().contains(identifier)) {
                shared.add(weight(identifier.kind()));
            }
        }
        shared.sort(Comparator.reverseOrder());
        for (double w : shared) {
            total += Math.max(0, Math.min(w, IDENTIFIER_CAP - total));
        }
        if (organisation) {
            total -= 8 * differing(a, b, Kind.REGISTRATION).size();
            total -= differing(a, b, Kind.LEI).isEmpty() ? 0 : 8;
        }
        return total;
    }

    private static PartialDate.Agreement bestBirthAgreement(PartyProfile a, PartyProfile b) {
        var best = PartialDate.Agreement.UNKNOWN;
        for (var x : a.births()) {
            for (var y : b.births()) {
                var agreement = x.compare(y);
                if (best == PartialDate.Agreement.UNKNOWN || agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                }
            }
        }
        return best;
    }

    private static double birthWeight(PartialDate.Agreement agreement) {
        return switch (agreement) {
            case SAME_DAY -> 4;
            case SAME_MONTH -> 2.5;
            case SAME_YEAR -> 1.5;
            case DIFFERENT -> -6;
            case UNKNOWN -> 0;
        };
    }

    private static void identifiers(PartyProfile a, PartyProfile b, boolean organisation, List<Evidence> evidence) {
        double total = 0;
        var shared = new ArrayList<Identifier>();
        for (var identifier : a.identifiers()) {
            if (b.identifiers().contains(identifier)) {
                shared.add(identifier);
            }
        }
        shared.sort(Comparator.comparingDouble(i -> -weight(i.kind())));
        for (var identifier : shared) {
            double weight = Math.min(weight(identifier.kind()), IDENTIFIER_CAP - total);
            if (weight > 0) {
                evidence.add(new Evidence(weight, "same " + identifier));
                total += weight;
            }
        }
        if (organisation) {
            for (var jurisdiction : differing(a, b, Kind.REGISTRATION)) {
                evidence.add(new Evidence(-8, "registrations differ in " + jurisdiction));
            }
            if (!differing(a, b, Kind.LEI).isEmpty()) {
                evidence.add(new Evidence(-8, "LEIs differ"));
            }
        }
    }

    /**
     * The issuers (the part before the number) for which both have identifiers of the kind and share
     * none of them.
     */
    private static List<String> differing(PartyProfile a, PartyProfile b, Kind kind) {
        var issuersA = issuers(a, kind);
        var issuersB = issuers(b, kind);
        issuersA.retainAll(issuersB);
        var result = new ArrayList<String>();
        for (var issuer : issuersA) {
            boolean sharesOne = a.identifiers().stream()
                    .filter(i -> i.kind() == kind && issuer(i).equals(issuer))
                    .anyMatch(b.identifiers()::contains);
            if (!sharesOne) {
                result.add(issuer.isEmpty() ? kind.label() : issuer);
            }
        }
        return result;
    }

    private static HashSet<String> issuers(PartyProfile party, Kind kind) {
        var issuers = new HashSet<String>();
        party.identifiers().stream().filter(i -> i.kind() == kind).forEach(i -> issuers.add(issuer(i)));
        return issuers;
    }

    private static String issuer(Identifier identifier) {
        int colon = identifier.value().lastIndexOf(':');
        return colon < 0 ? "" : identifier.value().substring(0, colon);
    }

    static double weight(Kind kind) {
        return switch (kind) {
            case REGISTRATION, LEI, DOCUMENT -> 12;
            case NUMBER -> 6;
            case EMAIL, WALLET -> 5;
            case PHONE, ACCOUNT -> 4;
            case ADDRESS -> 1.5;
        };
    }

    private void names(PartyProfile a, PartyProfile b, boolean organisation, List<Evidence> evidence) {
        var best = NameSimilarity.best(a.names(), b.names(), organisation);
        if (best.isEmpty()) {
            return;
        }
        var match = best.get();
        double s = match.similarity();
        boolean common = this.common.isCommon(match.left()) || this.common.isCommon(match.right());
        double weight;
        if (s >= 0.99) {
            weight = common ? 4.5 : 7;
        } else if (s >= 0.92) {
            weight = common ? 3 : 4.5;
        } else if (s >= 0.87) {
            weight = common ? 2 : 3;
        } else if (s >= 0.80) {
            weight = 0.5;
        } else if (s >= 0.70) {
            weight = -1.5;
        } else {
            weight = -5;
        }
        var how = String.format(Locale.ROOT, "%.2f", s)
                + (match.bySound() ? " by sound" : "")
                + (common && weight > 0 ? ", common name" : "");
        evidence.add(new Evidence(
                weight,
                (weight > 0 ? "name " : "names differ ") + how + ": "
                        + match.left().written() + " ~ " + match.right().written()));
    }

    private static void births(PartyProfile a, PartyProfile b, List<Evidence> evidence) {
        PartialDate.Agreement best = PartialDate.Agreement.UNKNOWN;
        String detail = "";
        for (var x : a.births()) {
            for (var y : b.births()) {
                var agreement = x.compare(y);
                if (best == PartialDate.Agreement.UNKNOWN || agreement.ordinal() < best.ordinal()) {
                    best = agreement;
                    detail = x + " ~ " + y;
                }
            }
        }
        double w = birthWeight(best);
        switch (best) {
            case SAME_DAY -> evidence.add(new Evidence(w, "same date of birth " + detail));
            case SAME_MONTH -> evidence.add(new Evidence(w, "same month of birth " + detail));
            case SAME_YEAR -> evidence.add(new Evidence(w, "same year of birth " + detail));
            case DIFFERENT -> evidence.add(new Evidence(w, "dates of birth differ " + detail.replace(" ~ ", " / ")));
            case UNKNOWN -> {}
        }
    }

    private static void countries(
            PartyProfile a, PartyProfile b, boolean person, boolean organisation, List<Evidence> evidence) {
        if (a.countries().isEmpty() || b.countries().isEmpty()) {
            return;
        }
        var overlap = new ArrayList<>(a.countries());
        overlap.retainAll(b.countries());
        if (!overlap.isEmpty()) {
            evidence.add(new Evidence(
                    0.5,
                    "same country "
                            + String.join(", ", overlap.stream().sorted().toList())));
        } else if (organisation || person) {
            // nationality, residence and jurisdiction are mixed up across sources: a weak signal
            evidence.add(new Evidence(-1.5, "countries differ"));
        }
    }

    private record Evidence(double weight, String reason) {
        @Override
        public String toString() {
            return reason + String.format(Locale.ROOT, " (%+.1f)", weight);
        }
    }
}

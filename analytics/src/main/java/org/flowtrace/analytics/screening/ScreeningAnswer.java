package org.flowtrace.analytics.screening;

import java.util.List;
import java.util.Locale;

/**
 * The risk answer of one screening, built only from public sources ({@link PublicSources}).
 *
 * @param query what was screened
 * @param score 0–1: the strongest of the contributions of the hits, links and exposures below
 * @param level {@link RiskLevel} of the score
 * @param reasons one line per hit, link and exposure, strongest first
 * @param designations designated parties whose records match the query
 * @param ownershipLinks public parties matching the query that own, control or are linked to a
 *     designated party
 * @param walletExposures tagged or designated wallets the query's wallet is, paid or was paid by
 * @param searched the public sources (ingest jobs) screening reads, and how many parties they hold
 */
public record ScreeningAnswer(
        ScreeningQuery query,
        double score,
        RiskLevel level,
        List<String> reasons,
        List<DesignationHit> designations,
        List<OwnershipLink> ownershipLinks,
        List<WalletExposure> walletExposures,
        String searched) {

    public ScreeningAnswer {
        reasons = List.copyOf(reasons);
        designations = List.copyOf(designations);
        ownershipLinks = List.copyOf(ownershipLinks);
        walletExposures = List.copyOf(walletExposures);
    }

    /** How the score reads: high from 0.8, medium from 0.5, low from 0.2. */
    public enum RiskLevel {
        NONE,
        LOW,
        MEDIUM,
        HIGH;

        static RiskLevel of(double score) {
            return score >= 0.8 ? HIGH : score >= 0.5 ? MEDIUM : score >= 0.2 ? LOW : NONE;
        }
    }

    /**
     * A designated party whose record matches the query.
     *
     * @param party its key in the graph
     * @param name its name as the list writes it
     * @param match the match score (contributes as it is)
     * @param matchReasons the features that fired, with their weights
     * @param listings where it is designated
     */
    public record DesignationHit(
            String party, String name, double match, List<String> matchReasons, List<Designation> listings) {}

    /**
     * A public party matching the query, linked through ownership or control to a designated party.
     *
     * @param party the matching party's key
     * @param name its name
     * @param match how well it matches the query
     * @param path the steps from it to the designated party ({@code -[OWNS 70%]-> name},
     *     {@code <-[CONTROLS]- name})
     * @param designatedParty the designated party's key
     * @param designatedName its name
     * @param sameAs how the party at the end of the path was taken to be the designated one, when it is
     *     a record of another source (match score and reasons); empty when it is designated itself
     * @param listings where it is designated
     * @param contribution match × (1 − 0.1 per step) × the same-as score
     */
    public record OwnershipLink(
            String party,
            String name,
            double match,
            List<String> path,
            String designatedParty,
            String designatedName,
            String sameAs,
            List<Designation> listings,
            double contribution) {}

    /**
     * A tagged or designated wallet the query's wallet is, or exchanged money with.
     *
     * @param wallet the tagged or designated wallet
     * @param direction {@code SAME_WALLET}, {@code SENT_TO} (money went from the query's wallet to it) or
     *     {@code RECEIVED_FROM}
     * @param hops transfers between the two (0 for the same wallet)
     * @param attributions its tags ({@code scam: NagaFX deposit wallet}) and designations
     * @param contribution 1 for the wallet itself, 0.7 one transfer away, 0.4 two
     */
    public record WalletExposure(
            String wallet, String direction, int hops, List<String> attributions, double contribution) {}

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

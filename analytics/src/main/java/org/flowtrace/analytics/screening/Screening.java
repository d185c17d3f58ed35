package org.flowtrace.analytics.screening;

import static org.flowtrace.analytics.screening.ScreeningAnswer.decimal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.flowtrace.analytics.screening.ScreeningAnswer.DesignationHit;
import org.flowtrace.analytics.screening.ScreeningAnswer.OwnershipLink;
import org.flowtrace.analytics.screening.ScreeningAnswer.RiskLevel;
import org.flowtrace.analytics.screening.ScreeningAnswer.WalletExposure;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Screens a counterparty for a bank's compliance team: looks its name up in the {@link ScreeningIndex}
 * of public parties, reports the designated parties it matches, follows the public ownership and
 * control links of the public parties it is ({@link OwnershipLinks}) to designated parties, and measures
 * its wallet's exposure to tagged and designated wallets ({@link WalletExposures}). The score is the
 * strongest contribution: a designation hit's match score; a link's match score less 0.1 a step (times
 * the score that the party at its end is a designated one, when another source records it); a wallet's
 * 1, 0.7 or 0.4 at 0, 1 or 2 transfers. Everything read passes the {@link PublicSources} firewall, so
 * an answer never shows, counts or depends on a suspicious-transaction report, a bank ledger or a
 * statement. Thread-safe; build one per process ({@link #load}) and ask it many times.
 */
public final class Screening {

    private final ScreeningIndex index;
    private final ScreeningParameters parameters;
    private final OwnershipLinks ownership;
    private final WalletExposures wallets;
    private final String searched;

    public Screening(
            GraphConnection graph, ScreeningIndex index, PublicSources sources, ScreeningParameters parameters) {
        this.index = index;
        this.parameters = parameters;
        this.ownership = new OwnershipLinks(graph, index.publicRuns());
        this.wallets = new WalletExposures(graph, index.publicRuns());
        this.searched = String.format(
                Locale.ROOT,
                "%,d public parties; sources: %s",
                index.size(),
                String.join(", ", new TreeSet<>(sources.jobs())));
    }

    /** Builds the index from the graph's public sources and a screening over it. */
    public static Screening load(GraphConnection graph, PublicSources sources, ScreeningParameters parameters) {
        return new Screening(graph, ScreeningIndex.load(graph, sources), sources, parameters);
    }

    public ScreeningAnswer screen(ScreeningQuery query) {
        var hits = index.search(query, parameters.reportFrom());
        var designations = hits.stream()
                .filter(h -> h.entry().designated())
                .limit(parameters.maxHits())
                .map(h -> new DesignationHit(
                        h.entry().profile().key(),
                        h.entry().name(),
                        h.score(),
                        h.match().reasons(),
                        h.entry().designations()))
                .toList();
        var links = links(hits);
        var exposures = query.wallet() == null
                ? List.<WalletExposure>of()
                : wallets.of(query.wallet(), parameters.maxFlowHops());

        var contributions = new ArrayList<Contribution>();
        designations.forEach(d -> contributions.add(new Contribution(
                d.match(),
                "designated: %s matches %s on %s (%s)"
                        .formatted(
                                query.name(), d.name(), listings(d.listings()), String.join("; ", d.matchReasons())))));
        links.forEach(l -> contributions.add(new Contribution(
                l.contribution(),
                "linked to a designated party in %d step%s: %s (match %s) %s%s, on %s"
                        .formatted(
                                l.path().size(),
                                l.path().size() == 1 ? "" : "s",
                                l.name(),
                                decimal(l.match()),
                                String.join(" ", l.path()),
                                l.sameAs().isEmpty() ? "" : " = " + l.designatedName() + " (" + l.sameAs() + ")",
                                listings(l.listings())))));
        exposures.forEach(e -> contributions.add(new Contribution(
                e.contribution(),
                switch (e.direction()) {
                    case "SAME_WALLET" ->
                        "wallet %s is itself %s".formatted(e.wallet(), String.join(", ", e.attributions()));
                    default ->
                        "wallet %s %s %s %d transfer%s away (%s)"
                                .formatted(
                                        query.wallet(),
                                        e.direction().equals("SENT_TO") ? "paid" : "was paid by",
                                        e.wallet(),
                                        e.hops(),
                                        e.hops() == 1 ? "" : "s",
                                        String.join(", ", e.attributions()));
                })));
        contributions.sort(
                Comparator.comparingDouble((Contribution c) -> -c.score()).thenComparing(Contribution::reason));
        double score = contributions.isEmpty() ? 0 : contributions.getFirst().score();
        return new ScreeningAnswer(
                query,
                Math.round(score * 1_000) / 1_000.0,
                RiskLevel.of(score),
                contributions.stream()
                        .map(c -> decimal(c.score()) + "  " + c.reason())
                        .toList(),
                designations,
                links,
                exposures,
                searched);
    }

    /** The links to designated parties of the public parties that the counterparty is (not designated themselves). */
    private List<OwnershipLink> links(List<NameHit> hits) {
        var starts = new LinkedHashMap<String, NameHit>();
        hits.stream()
                .filter(h -> !h.entry().designated() && h.score() >= parameters.linkFrom())
                .forEach(h -> starts.putIfAbsent(h.entry().profile().key(), h));
        var best = new LinkedHashMap<String, OwnershipLink>();
        for (var path : ownership.from(starts.keySet(), parameters.maxOwnershipHops())) {
            var start = starts.get(path.start());
            var end = index.entry(path.end());
            if (start == null || end.isEmpty()) {
                continue;
            }
            ScreeningEntry designated;
            String sameAs;
            double sameAsScore;
            if (end.get().designated()) {
                designated = end.get();
                sameAs = "";
                sameAsScore = 1;
            } else {
                var match = index.designatedMatch(end.get(), parameters.sameAsDesignated());
                if (match.isEmpty()) {
                    continue;
                }
                designated = match.get().entry();
                sameAs = "same as by " + String.join("; ", match.get().match().reasons());
                sameAsScore = match.get().score();
            }
            double contribution = start.score() * (1 - 0.1 * path.hops()) * sameAsScore;
            var link = new OwnershipLink(
                    path.start(),
                    start.entry().name(),
                    start.score(),
                    path.steps(),
                    designated.profile().key(),
                    designated.name(),
                    sameAs,
                    designated.designations(),
                    Math.round(contribution * 1_000) / 1_000.0);
            best.merge(
                    path.start() + "|" + designated.profile().key(),
                    link,
                    (a, b) -> a.contribution() >= b.contribution() ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble((OwnershipLink l) -> -l.contribution())
                        .thenComparing(OwnershipLink::party)
                        .thenComparing(OwnershipLink::designatedParty))
                .limit(parameters.maxHits())
                .toList();
    }

    private static String listings(List<Designation> listings) {
        return String.join("; ", listings.stream().map(Designation::toString).toList());
    }

    private record Contribution(double score, String reason) {}
}

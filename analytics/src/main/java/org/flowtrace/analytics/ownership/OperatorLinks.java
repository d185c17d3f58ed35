package org.flowtrace.analytics.ownership;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Ranked paths from a party, account or wallet to designated operators: parties a list designates (an
 * FIU's list of compounds and operators, OFAC SDN, FollowTheMoney sanctions) and designated wallets.
 *
 * <p><b>Links followed</b>, either way round: {@code OWNS} and {@code CONTROLS} (current interests),
 * {@code SAME_AS} (confirmed by an analyst, or candidates of entity resolution scoring at least
 * {@link LinkParameters#minSameAsScore()}, 0.8 by default; rejected never), {@code HOLDS} (a party's
 * bank account), {@code CONTROLS_WALLET}, {@code LINKED_TO} (a list's family, associate or linked
 * company) and {@code TRANSFER} (money either way, all transfers between two ends as one hop).
 *
 * <p><b>Search.</b> Fewest money flows first, then strongest first, in rounds ({@link LinkExploration}):
 * everything reached through ownership, control, holdings, wallet control, list links and {@code SAME_AS}
 * alone is read before anything a money flow leads to, and so on for each further money flow; within that
 * order each round reads, in one query ({@link LinkGraphReader}), the links of the nodes not yet read whose
 * best path so far scores within one hop's cost of the strongest of them. A long chain of holdings is thus
 * read to its end before the wide fan of an account's counterparties fills the node limit. A designated node ends a path (it is not searched through); so does a <b>stop</b>,
 * reported with the paths: an exchange's custodial wallet, or an account or wallet with more than
 * {@link LinkParameters#maxDegree()} transfers (a hub: an exchange's bank account, a payment processor),
 * whose counterparties are linked to each other by nothing but the hub; the start itself is always
 * searched. The search reads at most
 * {@link LinkParameters#maxHops()} hops out, {@link LinkParameters#maxNodes()} nodes and
 * {@link LinkParameters#maxLinksPerNode()} links per node. Then a best-first search over what was read
 * ({@link StrongestPaths}) lists the paths that visit no node twice, strongest first, exactly, until
 * {@link LinkParameters#maxPaths()} are found. Only then are the transfers behind the money-flow hops of
 * those paths and the sources of their hops read.
 *
 * <p><b>Score.</b> Each hop multiplies the score by {@value #HOP} (fewer hops first) and by the
 * strength of its evidence ({@link LinkKind}): 1 for holding an account, controlling a wallet or a
 * confirmed {@code SAME_AS}; a candidate's resolution score; 0.5 + half the stated share for
 * {@code OWNS} (100 % → 1, 30 % → 0.65; 0.5 unstated); 0.9 for control; 0.7 for money flows; 0.6 for a
 * list's unexplained link. A path's score is the product, so it only falls as the path grows, and the
 * best-first search returns the strongest paths exactly, in order.
 */
public final class OperatorLinks {

    /** What each hop costs, whatever its evidence. */
    public static final double HOP = 0.9;

    private final GraphConnection graph;

    public OperatorLinks(GraphConnection graph) {
        this.graph = graph;
    }

    /** The strongest paths from the start (account or wallet key, party key, name or alias) to operators. */
    public OperatorLinkReport from(String start, LinkParameters parameters) {
        var reader = new LinkGraphReader(graph, parameters);
        var origin = reader.start(start);
        var notes = new ArrayList<String>();
        if (origin.designated()) {
            notes.add("the start is itself designated: " + String.join("; ", origin.designations()));
        }
        var explored = new LinkExploration(reader, parameters).from(origin);
        if (explored.full()) {
            notes.add("the search stopped at " + parameters.maxNodes()
                    + " nodes (read fewest money flows first, then strongest): paths through more money flows"
                    + " or weaker links may be missing");
        }
        if (!explored.stops().isEmpty()) {
            notes.add(explored.stops().size() + " exchanges and hubs reached were not searched through");
        }
        var found = new StrongestPaths(explored.links(), parameters).from(origin, notes);
        var hops = reader.hops(
                found.stream().flatMap(p -> p.links().stream()).collect(Collectors.toCollection(LinkedHashSet::new)));
        var paths = found.stream()
                .map(p -> new OperatorPath(
                        p.nodes(), p.links().stream().map(hops::get).toList(), p.score()))
                .toList();
        return new OperatorLinkReport(
                origin, paths, parameters, explored.nodes().size(), explored.stops(), notes);
    }
}

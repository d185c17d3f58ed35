package org.flowtrace.analytics.ownership;

import java.util.List;

/**
 * The paths from one start to designated operators, strongest first.
 *
 * @param nodesExplored how many parties, accounts and wallets the search read
 * @param stops the exchanges and hubs reached and not searched through, busiest first
 * @param notes limits reached, the start itself designated
 */
public record OperatorLinkReport(
        LinkNode start,
        List<OperatorPath> paths,
        LinkParameters parameters,
        int nodesExplored,
        List<LinkStop> stops,
        List<String> notes) {

    public OperatorLinkReport {
        paths = List.copyOf(paths);
        stops = List.copyOf(stops);
        notes = List.copyOf(notes);
    }
}

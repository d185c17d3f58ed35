package org.flowtrace.analytics.ownership;

/**
 * How far and how wide {@link OperatorLinks} searches.
 *
 * @param maxHops the longest path (default 8: an account, the bank's record of its holder, the
 *     register's record of the same company, four layers of companies and the list's record of the
 *     operator)
 * @param maxPaths how many paths are returned, strongest first
 * @param minSameAsScore the lowest score of a {@code SAME_AS} candidate followed (confirmed links
 *     always are, rejected never)
 * @param maxNodes at most this many nodes are explored
 * @param maxLinksPerNode at most this many links of one node are followed (a busy exchange wallet has
 *     thousands of counterparties)
 */
public record LinkParameters(int maxHops, int maxPaths, double minSameAsScore, int maxNodes, int maxLinksPerNode) {

    public static final LinkParameters DEFAULTS = new LinkParameters(8, 10, 0.8, 20_000, 200);

    public LinkParameters {
        if (maxHops < 1 || maxPaths < 1 || maxNodes < 2 || maxLinksPerNode < 1) {
            throw new IllegalArgumentException("hops, paths, nodes and links per node must be positive");
        }
        if (minSameAsScore < 0 || minSameAsScore > 1) {
            throw new IllegalArgumentException("the SAME_AS score is between 0 and 1");
        }
    }

    /** These parameters with another hop limit. */
    public LinkParameters withMaxHops(int hops) {
        return new LinkParameters(hops, maxPaths, minSameAsScore, maxNodes, maxLinksPerNode);
    }

    /** These parameters with another number of paths. */
    public LinkParameters withMaxPaths(int paths) {
        return new LinkParameters(maxHops, paths, minSameAsScore, maxNodes, maxLinksPerNode);
    }
}

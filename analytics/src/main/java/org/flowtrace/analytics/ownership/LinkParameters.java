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
 * @param maxNodes at most this many nodes are read (strongest first: when the limit stops the search, the
 *     paths missing are weaker ones)
 * @param maxLinksPerNode at most this many links of one node are followed
 * @param maxDegree an account or wallet with more transfers than this (in and out, counted by the
 *     database's degree count) is a hub — an exchange's bank account, a payment processor, a payroll
 *     account: reported as a stop and not searched through (default 1,000; the start itself always is)
 */
public record LinkParameters(
        int maxHops, int maxPaths, double minSameAsScore, int maxNodes, int maxLinksPerNode, int maxDegree) {

    public static final LinkParameters DEFAULTS = new LinkParameters(8, 10, 0.8, 20_000, 200, 1_000);

    public LinkParameters {
        if (maxHops < 1 || maxPaths < 1 || maxNodes < 2 || maxLinksPerNode < 1 || maxDegree < 1) {
            throw new IllegalArgumentException("hops, paths, nodes, links per node and degree must be positive");
        }
        if (minSameAsScore < 0 || minSameAsScore > 1) {
            throw new IllegalArgumentException("the SAME_AS score is between 0 and 1");
        }
    }

    /** These parameters with another hop limit. */
    public LinkParameters withMaxHops(int hops) {
        return new LinkParameters(hops, maxPaths, minSameAsScore, maxNodes, maxLinksPerNode, maxDegree);
    }

    /** These parameters with another number of paths. */
    public LinkParameters withMaxPaths(int paths) {
        return new LinkParameters(maxHops, paths, minSameAsScore, maxNodes, maxLinksPerNode, maxDegree);
    }

    /** These parameters with another hub threshold. */
    public LinkParameters withMaxDegree(int degree) {
        return new LinkParameters(maxHops, maxPaths, minSameAsScore, maxNodes, maxLinksPerNode, degree);
    }
}

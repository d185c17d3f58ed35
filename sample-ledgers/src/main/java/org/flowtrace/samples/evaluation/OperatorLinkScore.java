package org.flowtrace.samples.evaluation;

import java.util.List;

/**
 * How far flowtrace links an operator's front companies and their accounts to him: for each start (a
 * company of his group or one of its bank accounts) whether a path ({@code flowtrace links}) reaches his
 * designated entry, and for each company whether its beneficial owners ({@code flowtrace owners}) name
 * him.
 *
 * @param kind {@code company} or {@code account}
 * @param starts how many companies or accounts were looked at
 * @param linked from how many a path reaches the operator's designated entry
 * @param share linked over starts; 0 when none
 * @param ownerFound companies whose beneficial owners name the operator's register record (accounts: 0)
 * @param notLinked the starts from which no path reaches him
 */
public record OperatorLinkScore(
        String kind, int starts, int linked, double share, int ownerFound, List<String> notLinked) {

    public OperatorLinkScore {
        notLinked = List.copyOf(notLinked);
    }

    /** The outcome of one start. */
    public record Outcome(String start, boolean linked, boolean ownerFound) {}

    /** Adds up the outcomes of one kind of start. */
    public static OperatorLinkScore of(String kind, List<Outcome> outcomes) {
        int linked = (int) outcomes.stream().filter(Outcome::linked).count();
        return new OperatorLinkScore(
                kind,
                outcomes.size(),
                linked,
                outcomes.isEmpty() ? 0 : linked / (double) outcomes.size(),
                (int) outcomes.stream().filter(Outcome::ownerFound).count(),
                outcomes.stream().filter(o -> !o.linked()).map(Outcome::start).toList());
    }
}

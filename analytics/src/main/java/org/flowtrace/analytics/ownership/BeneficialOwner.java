package org.flowtrace.analytics.ownership;

import java.util.ArrayList;
import java.util.List;
import org.flowtrace.graph.party.PartySummary;

/**
 * A party at the top of a company's ownership or control: no stated interest is held in it (a person,
 * or a company whose owners are not stated).
 *
 * @param share its integrated share of the company (chains multiplied, cycles solved), as a range
 * @param owner whether the share is certainly above the threshold
 * @param possibleOwner whether the share may be above it (a range across the threshold)
 * @param controls whether it controls the company without (or besides) shares: through control
 *     interests (voting, board, nominee, directorship …) or majority holdings down the chain
 * @param nominee whether it holds some of its interests as a nominee, for someone the register does not name
 * @param paths the chains, ownership first, each with its hops and their sources
 */
public record BeneficialOwner(
        PartySummary party,
        Share share,
        boolean owner,
        boolean possibleOwner,
        boolean controls,
        boolean nominee,
        List<OwnershipPath> paths) {

    public BeneficialOwner {
        paths = List.copyOf(paths);
    }

    /** What the party is for the company, e.g. {@code owner, controls} or {@code possible owner}. */
    public String role() {
        var roles = new ArrayList<String>();
        if (owner) {
            roles.add("owner");
        } else if (possibleOwner) {
            roles.add("possible owner");
        }
        if (controls) {
            roles.add("controls");
        }
        if (nominee) {
            roles.add("nominee (holds for another)");
        }
        if (!party.person()) {
            roles.add("no owner stated");
        }
        return String.join(", ", roles);
    }
}

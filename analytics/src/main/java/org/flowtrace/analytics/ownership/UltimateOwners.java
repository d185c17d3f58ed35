package org.flowtrace.analytics.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.analytics.ownership.OwnershipMatrix.Bound;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.party.PartyLookup;

/**
 * The ultimate beneficial owners of a company, from the current {@code OWNS}/{@code CONTROLS}
 * interests that registers (BODS) and datasets (FollowTheMoney) state.
 *
 * <p><b>Shares.</b> The integrated share of each party at the top of the structure (no interest is
 * held in it) is worked out by {@link OwnershipMatrix}: chains multiplied, chains added, cycles solved
 * exactly as {@code (I − A)⁻¹} over fractions. A stated range is carried as a range: the lower bounds
 * and the upper bounds are solved as two matrices; a missing share counts from 0 to 100 %. Two
 * interests of one party in one company (shareholding and rights to profit, say) count once, at the
 * larger share. A beneficial owner holds <em>more than</em> the threshold (default 25 %, EU Directive
 * 2015/849 art. 3(6)(a)(i)); a range across it makes a possible owner.
 *
 * <p><b>Control.</b> Control interests (voting rights, board appointment, directorship, nominee,
 * trustee …) and majority holdings (more than 50 %) confer control; a party at the top of a chain of
 * them controls the company whatever its share, and is listed as such.
 *
 * <p><b>Nominees.</b> A party with a {@code nominee} interest holds for someone else: its shares are
 * counted and shown, marked as a nominee's, because the register does not name the one behind it.
 */
public final class UltimateOwners {

    private static final BigFraction HALF = new BigFraction(1, 2);
    private static final int CYCLES_SHOWN = 10;

    private final GraphConnection graph;

    public UltimateOwners(GraphConnection graph) {
        this.graph = graph;
    }

    /** The beneficial owners of the company named by key, name or alias. */
    public OwnershipReport of(String company, OwnershipParameters parameters) {
        var found = new PartyLookup(graph).find(company);
        return of(new OwnershipReader(graph).read(found, parameters.maxParties()), parameters);
    }

    /** The beneficial owners in a structure already read. */
    static OwnershipReport of(OwnershipStructure structure, OwnershipParameters parameters) {
        var company = structure.company().key();
        var parties = List.copyOf(structure.parties().keySet());
        var owning = structure.interests().stream()
                .filter(i -> i.relation() == InterestRelation.OWNS)
                .toList();
        var controlling = structure.interests().stream()
                .filter(i -> i.relation() == InterestRelation.CONTROLS
                        || i.economicShare().certainlyAbove(HALF))
                .toList();
        var ownership = new InterestChains(owning);
        var control = new InterestChains(controlling);
        var lower = new OwnershipMatrix(parties, owning, Bound.LOWER);
        var upper = new OwnershipMatrix(parties, owning, Bound.UPPER);
        var notes = new ArrayList<String>();
        if (structure.truncated()) {
            notes.add(
                    "more than " + parameters.maxParties() + " parties own or control it: only the nearest were read");
        }
        if (!lower.converges()) {
            notes.add("the stated minimum shares round a cycle add up to the whole or more: the register is"
                    + " inconsistent, lower bounds are 0");
        } else if (!upper.converges()) {
            notes.add("the stated maximum shares round a cycle reach the whole: upper bounds are 100 %");
        }
        for (var cycle : ownership.cycles(CYCLES_SHOWN)) {
            notes.add(cycleNote(structure, cycle));
        }

        var owners = new ArrayList<BeneficialOwner>();
        var lowerSum = BigFraction.ZERO;
        var upperSum = BigFraction.ZERO;
        for (var party : parties) {
            if (party.equals(company) || ownership.held(party)) {
                continue;
            }
            var share = ownership.reaches(party, company) ? share(lower, upper, party, company) : Share.NONE;
            lowerSum = lowerSum.add(share.lower());
            upperSum = upperSum.add(share.upper());
            boolean controls = !control.held(party) && control.reaches(party, company);
            boolean owner = share.certainlyAbove(parameters.threshold());
            boolean possible = share.possiblyAbove(parameters.threshold());
            if (!owner && !possible && !controls) {
                continue;
            }
            var paths = new ArrayList<OwnershipPath>();
            for (var chain : ownership.paths(party, company, parameters.maxPathsPerOwner())) {
                paths.add(new OwnershipPath(chain, product(chain), false));
            }
            if (controls) {
                for (var chain : control.paths(party, company, parameters.maxPathsPerOwner())) {
                    paths.add(new OwnershipPath(chain, null, true));
                }
            }
            boolean nominee =
                    structure.interests().stream().anyMatch(i -> i.owner().equals(party) && i.nominee());
            owners.add(new BeneficialOwner(structure.party(party), share, owner, possible, controls, nominee, paths));
        }
        owners.sort(Comparator.comparing((BeneficialOwner o) -> o.share().upper())
                .thenComparing(o -> o.share().lower())
                .reversed()
                .thenComparing(o -> o.party().key()));
        var unattributed = new Share(
                max0(BigFraction.ONE.subtract(upperSum)), false, max0(BigFraction.ONE.subtract(lowerSum)), false);
        return new OwnershipReport(
                structure.company(), parameters.threshold(), owners, unattributed, notes, structure.parties());
    }

    private static Share share(OwnershipMatrix lower, OwnershipMatrix upper, String party, String company) {
        var low = lower.integrated(party, company);
        var high = upper.integrated(party, company);
        if (low.value().compareTo(high.value()) > 0) {
            return new Share(high.value(), false, high.value(), high.exclusive());
        }
        return new Share(low.value(), low.exclusive(), high.value(), high.exclusive());
    }

    /** The product of the shares along one chain, each bound separately. */
    static Share product(List<StatedInterest> chain) {
        var low = BigFraction.ONE;
        var high = BigFraction.ONE;
        boolean lowExclusive = false;
        boolean highExclusive = false;
        for (var hop : chain) {
            var share = hop.economicShare();
            low = low.multiply(share.lower());
            high = high.multiply(share.upper());
            lowExclusive |= share.lowerExclusive();
            highExclusive |= share.upperExclusive();
        }
        return new Share(low, lowExclusive, high, highExclusive && high.compareTo(BigFraction.ZERO) > 0);
    }

    private static String cycleNote(OwnershipStructure structure, List<StatedInterest> cycle) {
        var names = cycle.stream().map(i -> structure.party(i.owner()).name()).collect(Collectors.joining(" → "));
        var back = product(cycle);
        return "ownership cycle " + names + " → "
                + structure.party(cycle.getFirst().owner()).name() + ": "
                + back.percent() + " (" + back.fractions() + ") of each comes back round it;"
                + " solved exactly as (I − A)⁻¹, not cut";
    }

    private static BigFraction max0(BigFraction value) {
        return value.compareTo(BigFraction.ZERO) < 0 ? BigFraction.ZERO : value;
    }
}

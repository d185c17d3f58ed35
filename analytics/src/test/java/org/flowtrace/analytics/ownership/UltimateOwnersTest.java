package org.flowtrace.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.party.PartySummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Worked examples, each share checked against the fraction worked by hand. */
class UltimateOwnersTest {

    @Test
    void shares_along_a_chain_are_multiplied() {
        var report = structure("C").owns("P", "X", 60).owns("X", "C", 50).report();

        assertThat(owner(report, "P").share()).isEqualTo(Share.exact(new BigFraction(3, 10)));
        assertThat(owner(report, "P").paths()).hasSize(1);
        assertThat(owner(report, "P").paths().getFirst().share()).isEqualTo(Share.exact(new BigFraction(3, 10)));
        assertThat(report.unattributed()).isEqualTo(Share.exact(new BigFraction(7, 10)));
    }

    @Test
    void the_chains_of_a_diamond_are_added() {
        var report = structure("C")
                .owns("P", "X", 50)
                .owns("P", "Y", 50)
                .owns("X", "C", 40)
                .owns("Y", "C", 20)
                .report();

        assertThat(owner(report, "P").share()).isEqualTo(Share.exact(new BigFraction(3, 10)));
        assertThat(owner(report, "P").paths())
                .extracting(OwnershipPath::share)
                .containsExactlyInAnyOrder(Share.exact(new BigFraction(1, 5)), Share.exact(new BigFraction(1, 10)));
    }

    @Test
    void a_cross_holding_cycle_is_solved_exactly_into_thirds() {
        // P and Q each hold half of A and B; A and B hold half of each other.
        // P in A: 1/2 · (1 + 1/4 + 1/16 + …) = 1/2 · 4/3 = 2/3; Q in A: 1/2 · 1/2 · 4/3 = 1/3.
        var report = structure("A")
                .owns("P", "A", 50)
                .owns("B", "A", 50)
                .owns("A", "B", 50)
                .owns("Q", "B", 50)
                .report();

        assertThat(owner(report, "P").share()).isEqualTo(Share.exact(new BigFraction(2, 3)));
        assertThat(owner(report, "Q").share()).isEqualTo(Share.exact(new BigFraction(1, 3)));
        assertThat(report.unattributed()).isEqualTo(Share.NONE);
        assertThat(report.notes()).anyMatch(n -> n.contains("ownership cycle") && n.contains("25.00 % (1/4)"));
    }

    @Test
    void the_compound_case_cycle_gives_the_operator_63_73_of_mekong_bright() {
        var report = compoundCase("MB");

        assertThat(owner(report, "CHEN").share()).isEqualTo(Share.exact(new BigFraction(63, 73)));
        assertThat(owner(report, "CHEN").share().percent()).isEqualTo("86.30 %");
        assertThat(owner(report, "CHEN").controls())
                .as("majorities all the way down")
                .isTrue();
        assertThat(owner(report, "CHEN").paths().getFirst().hops())
                .extracting(StatedInterest::subject)
                .containsExactly("LOTUS", "GN", "NGD", "MB");
        assertThat(report.unattributed()).isEqualTo(Share.exact(new BigFraction(10, 73)));
    }

    @Test
    void the_compound_case_nominee_is_shown_as_a_nominee_beside_the_operators_share() {
        var report = compoundCase("SIAM");

        assertThat(owner(report, "CHEN").share()).isEqualTo(Share.exact(new BigFraction(343, 730)));
        assertThat(owner(report, "CHEN").share().percent()).isEqualTo("46.99 %");
        assertThat(owner(report, "CHEN").controls())
                .as("49 % of Siam Lotus is no majority")
                .isFalse();
        var somsak = owner(report, "SOMSAK");
        assertThat(somsak.share()).isEqualTo(Share.exact(new BigFraction(51, 100)));
        assertThat(somsak.nominee()).isTrue();
        assertThat(somsak.controls()).isTrue();
        assertThat(somsak.role()).isEqualTo("owner, controls, nominee (holds for another)");
        assertThat(report.unattributed()).isEqualTo(Share.exact(new BigFraction(147, 7300)));
    }

    @Test
    void ranges_are_carried_as_ranges_with_their_exclusive_bounds() {
        // P: more than 25 %, at most 50 % of X; X holds 80 % of C → more than 20 %, at most 40 %.
        var report = structure("C")
                .range("P", "X", 25, true, 50, false)
                .owns("X", "C", 80)
                .range("Q", "C", 10, false, 20, false)
                .report();

        var p = owner(report, "P");
        assertThat(p.share()).isEqualTo(new Share(new BigFraction(1, 5), true, new BigFraction(2, 5), false));
        assertThat(p.share().percent()).isEqualTo(">20.00–40.00 %");
        assertThat(p.owner()).isFalse();
        assertThat(p.possibleOwner()).isTrue();
        assertThat(report.owners()).extracting(o -> o.party().key()).containsExactly("P");
    }

    @Test
    void an_exclusive_lower_bound_at_the_threshold_is_more_than_the_threshold() {
        var report = structure("C").range("P", "C", 25, true, 50, false).report();

        assertThat(owner(report, "P").owner()).isTrue();
        assertThat(owner(report, "P").share().percent()).isEqualTo(">25.00–50.00 %");
    }

    @Test
    void control_without_shares_is_counted_as_control() {
        var report = structure("C")
                .owns("P", "C", 60)
                .controls("D", "C", "boardMember")
                .person("D")
                .report();

        var director = owner(report, "D");
        assertThat(director.share()).isEqualTo(Share.NONE);
        assertThat(director.controls()).isTrue();
        assertThat(director.role()).isEqualTo("controls");
        assertThat(director.paths()).singleElement().satisfies(path -> {
            assertThat(path.control()).isTrue();
            assertThat(path.hops().getFirst().describe()).isEqualTo("controls (boardMember)");
        });
    }

    @Test
    void an_owner_needs_more_than_the_threshold() {
        var exactlyAQuarter = structure("C").owns("P", "C", 25).owns("Q", "C", 75);

        assertThat(exactlyAQuarter.report().owners())
                .extracting(o -> o.party().key())
                .containsExactly("Q");
        assertThat(exactlyAQuarter.report(20).owners())
                .extracting(o -> o.party().key())
                .containsExactly("Q", "P");
    }

    @Test
    void a_share_stated_without_size_may_be_anything_up_to_the_whole() {
        var report = structure("C").owns("P", "C", null).report();

        assertThat(owner(report, "P").share()).isEqualTo(new Share(BigFraction.ZERO, false, BigFraction.ONE, false));
        assertThat(owner(report, "P").possibleOwner()).isTrue();
    }

    @Test
    void percentages_are_taken_as_written_not_as_binary_doubles() {
        assertThat(Share.ofPercent(33.33)).isEqualTo(new BigFraction(3333, 10000));
        assertThat(Share.ofPercent(70)).isEqualTo(new BigFraction(7, 10));
    }

    // ---- fixtures

    /**
     * bods.json of the compound case: CHEN 100 % LOTUS 70 % GN 90 % NGD 100 % MB 30 % GN; GN 49 % SIAM;
     * SOMSAK 51 % SIAM and nominee.
     */
    private static OwnershipReport compoundCase(String company) {
        return structure(company)
                .owns("CHEN", "LOTUS", 100)
                .owns("LOTUS", "GN", 70)
                .owns("GN", "NGD", 90)
                .owns("NGD", "MB", 100)
                .owns("MB", "GN", 30)
                .owns("GN", "SIAM", 49)
                .owns("SOMSAK", "SIAM", 51)
                .controls("SOMSAK", "SIAM", "nominee")
                .person("CHEN")
                .person("SOMSAK")
                .report();
    }

    private static BeneficialOwner owner(OwnershipReport report, String key) {
        return report.owners().stream()
                .filter(o -> o.party().key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not among " + report.owners()));
    }

    private static Structure structure(String company) {
        return new Structure(company);
    }

    /** A structure written by hand: parties are organisations unless named persons; only parties upstream of the company count. */
    private static final class Structure {
        private final String company;
        private final List<StatedInterest> interests = new ArrayList<>();
        private final List<String> persons = new ArrayList<>();

        Structure(String company) {
            this.company = company;
        }

        Structure owns(String owner, String subject, @Nullable Integer percent) {
            var share = percent == null ? null : Share.exact(Share.ofPercent(percent));
            return add(owner, subject, InterestRelation.OWNS, "shareholding", share);
        }

        Structure range(String owner, String subject, int min, boolean minExclusive, int max, boolean maxExclusive) {
            return add(
                    owner,
                    subject,
                    InterestRelation.OWNS,
                    "shareholding",
                    new Share(Share.ofPercent(min), minExclusive, Share.ofPercent(max), maxExclusive));
        }

        Structure controls(String owner, String subject, String type) {
            return add(owner, subject, InterestRelation.CONTROLS, type, null);
        }

        Structure person(String key) {
            persons.add(key);
            return this;
        }

        private Structure add(
                String owner, String subject, InterestRelation relation, String type, @Nullable Share share) {
            interests.add(new StatedInterest(
                    owner + ">" + subject + "#" + interests.size(),
                    relation,
                    type,
                    owner,
                    subject,
                    share,
                    null,
                    null,
                    List.of()));
            return this;
        }

        OwnershipReport report() {
            return report(25);
        }

        OwnershipReport report(double thresholdPercent) {
            var upstream = new LinkedHashMap<String, PartySummary>();
            upstream.put(company, party(company));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (var interest : interests) {
                    if (upstream.containsKey(interest.subject()) && !upstream.containsKey(interest.owner())) {
                        upstream.put(interest.owner(), party(interest.owner()));
                        grew = true;
                    }
                }
            }
            var read = interests.stream()
                    .filter(i -> upstream.containsKey(i.subject()))
                    .toList();
            return UltimateOwners.of(
                    new OwnershipStructure(party(company), Map.copyOf(upstream), read, false),
                    OwnershipParameters.DEFAULTS.withThresholdPercent(thresholdPercent));
        }

        private PartySummary party(String key) {
            return new PartySummary(key, key.toLowerCase(java.util.Locale.ROOT), persons.contains(key));
        }
    }
}

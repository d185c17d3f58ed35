package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.analytics.ownership.BeneficialOwner;
import org.flowtrace.analytics.ownership.LinkHop;
import org.flowtrace.analytics.ownership.LinkKind;
import org.flowtrace.analytics.ownership.LinkNode;
import org.flowtrace.analytics.ownership.LinkParameters;
import org.flowtrace.analytics.ownership.LinkStop;
import org.flowtrace.analytics.ownership.OperatorLinkReport;
import org.flowtrace.analytics.ownership.OperatorPath;
import org.flowtrace.analytics.ownership.OwnershipPath;
import org.flowtrace.analytics.ownership.OwnershipReport;
import org.flowtrace.analytics.ownership.Share;
import org.flowtrace.analytics.ownership.StatedInterest;
import org.flowtrace.api.ownership.OwnershipOutput;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.graph.party.PartySummary;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.junit.jupiter.api.Test;

/** The owners and links commands refuse bad options before anything starts, and print every hop with its source. */
class OwnershipCommandsTest {

    private static final ProvenanceEntry BODS =
            new ProvenanceEntry("file:///data/compound-case/bods.json", "/8", "ab12", "bods-9", null, "bods");

    @Test
    void a_threshold_of_100_percent_or_more_is_a_usage_error() {
        var run = CommandRun.of("owners", "Golden Naga Holdings Ltd", "--threshold", "100");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threshold: a percentage from 0 up to 100");
    }

    @Test
    void a_hop_limit_below_one_is_a_usage_error() {
        var run = CommandRun.of("links", "ZMKBKHPP:001220301", "--to", "operators", "--max-hops", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("must be positive");
    }

    @Test
    void owners_print_share_fraction_role_and_each_hop_with_its_file_and_record() {
        var hop = new StatedInterest(
                "bods:s1#0",
                InterestRelation.OWNS,
                "shareholding",
                "lotus",
                "naga",
                Share.exact(new BigFraction(7, 10)),
                "2020-02-17",
                null,
                List.of(BODS));
        var chen = new BeneficialOwner(
                new PartySummary("lotus", "Lotus Star Holdings", false),
                Share.exact(new BigFraction(70, 73)),
                true,
                true,
                true,
                false,
                List.of(new OwnershipPath(List.of(hop), Share.exact(new BigFraction(7, 10)), false)));
        var report = new OwnershipReport(
                new PartySummary("naga", "Golden Naga Holdings Ltd", false),
                new BigFraction(1, 4),
                List.of(chen),
                Share.exact(new BigFraction(3, 73)),
                List.of("ownership cycle …"),
                Map.of());
        var text = new StringWriter();

        OwnershipOutput.owners(report, new PrintWriter(text, true));

        assertThat(text.toString())
                .contains("Beneficial owners of Golden Naga Holdings Ltd [naga] (more than 25.00 %)")
                .contains("Lotus Star Holdings [lotus]  95.89 % (70/73)  owner, controls, no owner stated")
                .contains("shares 70.00 %: lotus → naga")
                .contains("lotus → naga: owns 70.00 %  [bods.json /8]")
                .contains("held by no stated owner: 4.11 % (3/73)")
                .contains("note: ownership cycle …");
    }

    @Test
    void a_link_hop_shows_its_direction_evidence_and_source_and_the_hubs_not_searched_through() {
        var company = new LinkNode("mekong", "party", "Mekong Bright", List.of());
        var owner = new LinkNode("naga", "party", "Naga Garden", List.of("FIU list NG-2: scam compound"));
        var hop = new LinkHop("mekong", "naga", LinkKind.OWNS, false, "owns 100 % (shareholding)", 1.0, List.of(BODS));
        var path = new OperatorPath(List.of(company, owner), List.of(hop), 0.9);
        var exchange = new LinkStop(
                new LinkNode("00010:FCCB9F392", "account", "00010:FCCB9F392", List.of()),
                4780,
                "hub: more than 1000 transfers");
        var text = new StringWriter();

        OwnershipOutput.links(
                new OperatorLinkReport(
                        company, List.of(path), LinkParameters.DEFAULTS, 2, List.of(exchange), List.of()),
                new PrintWriter(text, true));

        assertThat(text.toString())
                .contains("1. score 0.900, 1 hops → Naga Garden [naga]")
                .contains("designated: FIU list NG-2: scam compound")
                .contains("Mekong Bright [mekong] ←OWNS— Naga Garden [naga]: owns 100 % (shareholding)  [bods.json /8]")
                .contains("not searched through (exchanges and hubs):")
                .contains("00010:FCCB9F392: hub: more than 1000 transfers (4,780 transfers)");
    }
}

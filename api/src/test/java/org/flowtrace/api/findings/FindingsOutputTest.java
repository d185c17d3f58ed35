package org.flowtrace.api.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.analytics.coercion.PossibleVictims.PossibleVictim;
import org.flowtrace.analytics.coercion.SuspectRanking.Suspect;
import org.flowtrace.graph.model.EndpointLabel;
import org.junit.jupiter.api.Test;

/** How findings, suspects and possible victims of trafficking are written for people. */
class FindingsOutputTest {

    private static final PossibleVictim WORKER = new PossibleVictim(
            "coerced-workers:1",
            0.6,
            List.of("TRON:TWORKER"),
            "TRON:TWORKER may belong to a coerced worker: a possible victim of trafficking, not a suspect");

    @Test
    void a_finding_involving_a_possible_victim_says_so_beside_its_explanation() {
        var finding = new RankedFinding(
                "pass-through:1",
                "PASS_THROUGH",
                0.9,
                "TRON:TWORKER received 27,000.00 USD from 3 distinct senders",
                4,
                "2026-03-02T08:00Z",
                "2026-03-02T20:00Z",
                "pass-through 1",
                "detect-1",
                List.of("TRON:TWORKER"));

        assertThat(FindingsOutput.findings(List.of(finding)))
                .isEqualTo("score  typology       explanation\n"
                        + "0.90   PASS_THROUGH   TRON:TWORKER received 27,000.00 USD from 3 distinct senders"
                        + " [possible trafficking victim, not a suspect: TRON:TWORKER]\n"
                        + "1 findings shown\n");
    }

    @Test
    void the_possible_victims_come_with_the_non_punishment_reminder_in_text_and_html() {
        assertThat(FindingsOutput.victims(List.of(WORKER)))
                .startsWith("Possible victims of trafficking (not suspects):\n  " + PossibleVictims.NON_PUNISHMENT)
                .contains("  0.60  TRON:TWORKER: TRON:TWORKER may belong to a coerced worker");
        assertThat(PossibleVictims.NON_PUNISHMENT)
                .contains("should not be punished for unlawful acts they were compelled to commit", "art. 14");
        assertThat(FindingsOutput.victimsHtml(List.of(WORKER)))
                .contains("<h2 id=\"victims\">Possible victims of trafficking</h2>", "Non-punishment principle")
                .contains("<td>TRON:TWORKER</td>");
        assertThat(FindingsOutput.victims(List.of())).endsWith("  none found\n");
    }

    @Test
    void suspects_are_listed_with_their_findings_and_roles() {
        var suspect = new Suspect(
                EndpointLabel.WALLET, "TRON:TOP", 0.9, 2, List.of("PASS_THROUGH", "PEEL_CHAIN"), List.of("receiver"));

        assertThat(FindingsOutput.suspects(List.of(suspect)))
                .endsWith("  0.90  TRON:TOP  2 findings: PASS_THROUGH, PEEL_CHAIN (receiver)\n");
    }
}

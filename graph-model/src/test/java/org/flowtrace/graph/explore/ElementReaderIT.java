package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ElementReaderIT {

    private final ElementReader reader;

    ElementReaderIT(GraphConnection graph) {
        this.reader = new ElementReader(graph);
    }

    @BeforeEach
    void write_the_case(GraphConnection graph) {
        ExploreFixture.write(graph);
    }

    @Test
    void an_account_shows_its_properties_without_prov_its_sources_and_its_finding() {
        var account = reader.read(ElementKind.ACCOUNT, ExploreFixture.A.key()).orElseThrow();

        assertThat(account.labels()).containsExactly("Account");
        assertThat(account.label()).isEqualTo("BANKKHPP:1001");
        assertThat(account.properties())
                .containsEntry("key", "BANKKHPP:1001")
                .containsEntry("institution", "BANKKHPP")
                .containsEntry("number", "1001")
                .containsEntry("accountName", "Sok Dara")
                .doesNotContainKey("prov");
        assertThat(account.provenance())
                .extracting(ProvenanceEntry::source, ProvenanceEntry::runId, ProvenanceEntry::job)
                .containsExactlyInAnyOrder(
                        tuple("file:///evidence/ledger.csv", "ledger-1", "ledger"),
                        tuple("file:///evidence/str-0001.xml", "goaml-1", "goaml"));
        assertThat(account.findings())
                .extracting(FindingRef::typology, FindingRef::role, FindingRef::score)
                .containsExactly(tuple("FAN_OUT", "source", 0.8));
        assertThat(account.findings().getFirst().explanation()).isEqualTo("A paid three counterparties within a week");
        assertThat(account.possibleVictim()).isFalse();
    }

    @Test
    void a_wallet_in_a_possible_trafficking_victim_finding_is_flagged_as_a_possible_victim() {
        var wallet = reader.read(ElementKind.WALLET, ExploreFixture.W1.key()).orElseThrow();

        assertThat(wallet.possibleVictim()).isTrue();
        assertThat(wallet.findings())
                .extracting(FindingRef::typology, FindingRef::role)
                .containsExactly(
                        tuple("FAN_OUT", "possible trafficking victim"),
                        tuple("POSSIBLE_TRAFFICKING_VICTIM", "possible victim"));
        assertThat(wallet.properties())
                .containsEntry("address", "TMuLeVictimWa11etAddre55xYzAbCdEf")
                .containsEntry("chain", "TRON");
    }

    @Test
    void a_transfer_shows_its_ends_exact_amount_time_usd_value_sources_and_the_findings_resting_on_it() {
        var transfer = reader.read(ElementKind.TRANSFER, "ledger:t1").orElseThrow();

        assertThat(transfer.labels()).containsExactly("TRANSFER");
        assertThat(transfer.label()).isEqualTo("100.00 USD");
        assertThat(transfer.properties())
                .containsEntry("id", "ledger:t1")
                .containsEntry("from", "BANKKHPP:1001")
                .containsEntry("fromKind", "account")
                .containsEntry("to", "BANKKHPP:2002")
                .containsEntry("toKind", "account")
                .containsEntry("amount", "100.00")
                .containsEntry("asset", "USD")
                .containsEntry("usd", "100.00")
                .containsEntry("at", "2026-03-01T09:00:00Z")
                .containsEntry("usdRateDate", "2026-03-01")
                .doesNotContainKey("prov");
        assertThat(transfer.provenance())
                .extracting(ProvenanceEntry::sha256, ProvenanceEntry::locator)
                .containsExactly(
                        tuple(ExploreFixture.LEDGER.sha256(), "line 2"),
                        tuple(ExploreFixture.STR.sha256(), "/report[1]"));
        assertThat(transfer.findings())
                .extracting(FindingRef::typology, FindingRef::role)
                .containsExactly(tuple("FAN_OUT", "evidence"));
        assertThat(transfer.possibleVictim()).isFalse();
    }

    @Test
    void a_party_is_labelled_by_its_name_with_its_node_labels() {
        var party = reader.read(ElementKind.PARTY, ExploreFixture.PARTY).orElseThrow();

        assertThat(party.label()).isEqualTo("Sok Dara");
        assertThat(party.labels()).containsExactlyInAnyOrder("Party", "Person");
        assertThat(party.properties()).containsEntry("alias", "Dara S.");
        assertThat(party.provenance()).extracting(ProvenanceEntry::runId).containsExactly("goaml-1");
        assertThat(party.findings()).isEmpty();
    }

    @Test
    void a_finding_lists_its_evidence_and_time_as_plain_values() {
        var key = reader.read(ElementKind.ACCOUNT, ExploreFixture.A.key())
                .orElseThrow()
                .findings()
                .getFirst()
                .key();

        var finding = reader.read(ElementKind.FINDING, key).orElseThrow();

        assertThat(finding.label()).isEqualTo("FAN_OUT");
        assertThat(finding.properties())
                .containsEntry("transferIds", java.util.List.of("ledger:t1", "ledger:t4", "ledger:t5"))
                .containsEntry("firstAt", "2026-03-01T09:00:00Z")
                .containsEntry("transferCount", 3L)
                .containsEntry("score", 0.8);
    }

    @Test
    void an_unknown_key_or_a_key_of_another_kind_reads_nothing() {
        assertThat(reader.read(ElementKind.ACCOUNT, "NOBANK:1")).isEmpty();
        assertThat(reader.read(ElementKind.WALLET, ExploreFixture.A.key())).isEmpty();
        assertThat(reader.read(ElementKind.TRANSFER, "ledger:t99")).isEmpty();
        assertThat(reader.read(ElementKind.CASE, "') MATCH (n) DETACH DELETE n //"))
                .isEmpty();
    }
}

package org.flowtrace.graph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.junit.jupiter.api.Test;

class WrittenAccountsTest {

    private static final AccountRef ACCOUNT = new AccountRef("ABCDKHPP", "111");
    private static final Provenance FIRST_REPORT = new Provenance("goaml-1", "a".repeat(64), "/report[1]");
    private static final Provenance SECOND_REPORT = new Provenance("goaml-1", "a".repeat(64), "/report[2]");
    private static final Provenance OTHER_SOURCE = new Provenance("goaml-2", "b".repeat(64), "/report[1]");

    @Test
    void an_account_named_twice_in_a_batch_is_written_once_with_the_first_value_of_each_property() {
        var accounts = new WrittenAccounts();

        var written = accounts.toWrite(List.of(
                new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara"), FIRST_REPORT),
                new AccountNode(ACCOUNT, Map.of("accountName", "SOK DARA", "currency", "USD"), SECOND_REPORT)));

        assertThat(written)
                .containsExactly(
                        new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara", "currency", "USD"), FIRST_REPORT));
    }

    @Test
    void an_account_committed_from_the_same_source_is_not_written_again_unless_it_states_more() {
        var accounts = new WrittenAccounts();
        var first = new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara"), FIRST_REPORT);
        accounts.committed(accounts.toWrite(List.of(first)));

        var same = new AccountNode(ACCOUNT, Map.of("accountName", "SOK DARA"), SECOND_REPORT);
        var more = new AccountNode(ACCOUNT, Map.of("currency", "USD"), SECOND_REPORT);

        assertThat(accounts.toWrite(List.of(same))).isEmpty();
        assertThat(accounts.toWrite(List.of(same, more))).containsExactly(more);
    }

    @Test
    void an_account_from_another_source_is_written_for_its_provenance() {
        var accounts = new WrittenAccounts();
        accounts.committed(
                accounts.toWrite(List.of(new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara"), FIRST_REPORT))));

        var other = new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara"), OTHER_SOURCE);

        assertThat(accounts.toWrite(List.of(other))).containsExactly(other);
    }

    @Test
    void an_account_whose_write_did_not_commit_is_written_again() {
        var accounts = new WrittenAccounts();
        var first = new AccountNode(ACCOUNT, Map.of("accountName", "Sok Dara"), FIRST_REPORT);
        accounts.toWrite(List.of(first));

        assertThat(accounts.toWrite(List.of(first))).containsExactly(first);
    }
}

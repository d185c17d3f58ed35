package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowtrace.api.tracing.RestitutionInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trace and restitution commands refuse bad options and input files before anything starts. */
class TracingCommandsTest {

    @Test
    void an_unknown_rule_is_a_usage_error_naming_the_known_ones() {
        var run = CommandRun.of("trace", "--from", "t1", "--method", "lofo");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown allocation rule 'lofo' (known: poison, haircut, fifo, lifo, libr)");
    }

    @Test
    void until_must_be_an_instant_or_a_date() {
        var run = CommandRun.of("trace", "--from", "t1", "--method", "fifo", "--until", "yesterday");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--until: not an ISO instant or date: 'yesterday'");
    }

    @Test
    void a_victims_file_without_the_transfer_column_is_refused_with_its_line(@TempDir Path dir) throws IOException {
        var victims = Files.writeString(dir.resolve("victims.csv"), "victim,name\nV1,Someone\n");
        var run = CommandRun.of("restitution", "--victims", victims.toString(), "--method", "libr");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("victims.csv line 2: column 'transfer' is missing or empty");
    }

    @Test
    void the_input_files_are_read_by_their_headers_in_any_order_with_quoted_fields(@TempDir Path dir)
            throws IOException {
        var victims = Files.writeString(
                dir.resolve("victims.csv"),
                "Transfer,Victim,Name\r\nt1,V1,\"Tan, Wei Jie\"\r\nt2,V1,\"Tan, Wei Jie\"\r\n");
        assertThat(RestitutionInputs.victims(victims))
                .extracting(v -> v.victim() + "|" + v.name() + "|" + v.transferId())
                .containsExactly("V1|Tan, Wei Jie|t1", "V1|Tan, Wei Jie|t2");
        var assets = Files.writeString(
                dir.resolve("assets.csv"),
                "endpoint,amount,currency,frozen_at,usd_value\n"
                        + "TRON:TLQn7o8Zg6h9jk5XcHHiJCjqRZNXCzjfGa,53774.250000,USDT,2026-03-05T00:00:00Z,53774.25\n"
                        + "ZMKBKHPP:002310457,9700.00,USD,2026-03-10T02:00:00Z,\n");
        assertThat(RestitutionInputs.recovered(assets))
                .extracting(
                        a -> a.endpoint() + "|" + a.amount() + "|" + a.value().toPlainString())
                .containsExactly(
                        "TRON:TLQn7o8Zg6h9jk5XcHHiJCjqRZNXCzjfGa|53774.250000 USDT|53774.25",
                        "ZMKBKHPP:002310457|9700.00 USD|9700.00");
        var noValue = Files.writeString(
                dir.resolve("bad.csv"), "endpoint,amount,currency,frozen_at\nX,1.00,EUR,2026-03-05T00:00:00Z\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RestitutionInputs.recovered(noValue))
                .hasMessage("bad.csv line 2: amount in EUR needs its usd_value");
    }
}

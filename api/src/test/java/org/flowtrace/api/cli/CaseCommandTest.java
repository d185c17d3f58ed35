package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The case commands refuse bad options before anything starts. */
class CaseCommandTest {

    @Test
    void case_without_build_or_export_is_a_usage_error() {
        var run = CommandRun.of("case");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand: build or export");
    }

    @Test
    void a_case_needs_a_name_and_a_start() {
        var run = CommandRun.of("case", "build", "--from", "TRON:TEr3UtVtUTuTcjowbUuDreACvxy4P3xget");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--name");
    }

    @Test
    void an_unknown_allocation_rule_or_pack_format_is_a_usage_error() {
        var rule = CommandRun.of("case", "build", "--name", "x", "--from", "y", "--method", "lottery");
        assertThat(rule.exitCode()).isEqualTo(2);
        assertThat(rule.err()).contains("unknown allocation rule 'lottery'");

        var format = CommandRun.of("case", "export", "x", "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("pdf");
    }
}

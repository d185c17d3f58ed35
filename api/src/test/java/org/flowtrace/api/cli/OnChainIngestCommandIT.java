package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowtrace.ingest.ethereum.node.StubNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnChainIngestCommandIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures");

    @Test
    void ingest_ethereum_export_loads_a_folder_of_json_rpc_responses(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest",
                "ethereum-export",
                FIXTURES.resolve("ethereum/rpc").toString(),
                "--data-dir",
                dataDir.toString(),
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern(
                        "block-19000000\\.json: COMPLETED \\(run ethereum-export-\\d+\\) — 5 read, 3 written, 0 rejected")
                .containsPattern(
                        "logs-19000001\\.json: COMPLETED \\(run ethereum-export-\\d+\\) — 3 read, 3 written, 0 rejected");
    }

    @Test
    void ingest_tron_export_loads_trongrid_pages_and_json_rpc_logs(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest",
                "tron-export",
                FIXTURES.resolve("tron/good").toString(),
                "--data-dir",
                dataDir.toString(),
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern(
                        "trc20-history\\.json: COMPLETED \\(run tron-export-\\d+\\) — 7 read, 6 written, 0 rejected");
    }

    @Test
    void ingest_tagpacks_loads_the_packs_and_reports_the_files_that_are_not(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest", "tagpacks", FIXTURES.resolve("tagpack").toString(), "--data-dir", dataDir.toString(), "-q");

        assertThat(run.exitCode())
                .as("two files of the folder are not TagPacks")
                .isEqualTo(1);
        assertThat(run.out())
                .containsPattern(
                        "scam-compound\\.yaml: COMPLETED \\(run tagpack-\\d+\\) — 14 read, 5 written, 9 rejected")
                .contains("rejects: " + dataDir.toAbsolutePath().resolve("rejects"));
        assertThat(run.err())
                .contains("actorpack.yaml: not a TagPack: an ActorPack (actors, not tags)")
                .contains("broken.yaml: not valid YAML");
    }

    @Test
    void ingest_ethereum_reads_a_block_range_from_a_node_and_a_second_run_finds_it_loaded(@TempDir Path dataDir) {
        try (var node = new StubNode()) {
            String[] command = {
                "ingest",
                "ethereum",
                "--rpc",
                node.url(),
                "--from-block",
                "16",
                "--to-block",
                "16",
                "--data-dir",
                dataDir.toString(),
                "-q"
            };
            var run = CommandRun.of(command);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out())
                    .containsPattern("ethereum-rpc http://127\\.0\\.0\\.1:\\d+/rpc from-block=16 to-block=16"
                            + " tokens=all-erc20 follow=false: COMPLETED \\(run ethereum-node-\\d+\\)"
                            + " — 4 read, 3 written, 0 rejected")
                    .contains("blocks read: 1");
            assertThat(CommandRun.of(command).out()).contains(": ALREADY_LOADED");
        }
    }

    @Test
    void live_commands_check_their_request_before_starting_anything(@TempDir Path dataDir) {
        var ethereum = CommandRun.of(
                "ingest",
                "ethereum",
                "--rpc",
                "http://127.0.0.1:1",
                "--from-block",
                "5",
                "--data-dir",
                dataDir.toString());
        var tron = CommandRun.of(
                "ingest",
                "tron",
                "--api",
                "http://127.0.0.1:1",
                "--jsonrpc",
                "http://127.0.0.1:1",
                "--data-dir",
                dataDir.toString());
        var window = CommandRun.of(
                "ingest",
                "tron",
                "--api",
                "http://127.0.0.1:1",
                "--address",
                "TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY",
                "--from",
                "2024-03-01",
                "--to",
                "2024-02-01",
                "--data-dir",
                dataDir.toString());
        var prices = FlowtraceCommand.commandLine()
                .getSubcommands()
                .get("ingest")
                .getSubcommands()
                .get("prices")
                .getUsageMessage();

        assertThat(ethereum.exitCode()).isEqualTo(2);
        assertThat(ethereum.err()).contains("--to-block is required unless --follow is given");
        assertThat(tron.exitCode()).isEqualTo(2);
        assertThat(tron.err()).contains("give exactly one of --api and --jsonrpc");
        assertThat(window.exitCode()).isEqualTo(2);
        assertThat(window.err()).contains("--to 2024-02-01T00:00:00Z is not after --from 2024-03-01T00:00:00Z");
        assertThat(prices)
                .as("prices is the fx-rates command under its own name")
                .contains("Usage: flowtrace ingest prices")
                .contains("date,asset,usd")
                .contains("--rerun");
    }
}

package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowtrace resolve}, as a user runs it: a bank's STR (goAML), a BODS register and the OFAC list
 * loaded by their ingest commands, then resolved, listed, decided on and resolved again.
 */
class ResolveCommandIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures");
    private static final Path STR = Path.of("src/test/resources/fixtures/resolution/str-golden-lotus.xml");

    @Test
    void resolve_links_an_str_to_the_register_and_the_sanctions_list_and_keeps_the_analysts_decisions(
            @TempDir Path dataDir) {
        var data = dataDir.toString();
        assertThat(CommandRun.of("ingest", "goaml", "-q", "--data-dir", data, STR.toString())
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of(
                                "ingest",
                                "bods",
                                "-q",
                                "--data-dir",
                                data,
                                FIXTURES.resolve("bods/compound-cycle.json").toString())
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of(
                                "ingest",
                                "ofac",
                                "-q",
                                "--data-dir",
                                data,
                                FIXTURES.resolve("ofac/sdn.xml").toString())
                        .exitCode())
                .isZero();

        var resolve = CommandRun.of("resolve", "--data-dir", data);
        assertThat(resolve.exitCode()).as(resolve.out() + resolve.err()).isZero();
        assertThat(resolve.out())
                .containsPattern("read \\d+ parties in")
                .containsPattern("compared \\d+ candidate pairs")
                .containsPattern(
                        "Resolution run resolve-\\d+: \\d+ parties, \\d+ pairs compared, \\d+ SAME_AS candidates \\(\\d+ new\\)");

        var list = CommandRun.of("resolve", "list", "--data-dir", data);
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out())
                .contains(
                        "CANDIDATE  bods:record:lotus (Golden Lotus Investment Co., Ltd.)  ~  org:REG:KH:00012345 (GOLDEN LOTUS INVESTMENT CO., LTD)")
                .contains("same registration KH:00012345")
                .contains("ofac-sdn:90001 (SHE, Zhijiang)  ~  person:PASSPORT:CN:E12345678 (Zhijiang SHE)")
                .contains("same document PASSPORT:CN:E12345678")
                .doesNotContain("1980-05-05 / 1993-02-17");

        var confirm = CommandRun.of(
                "resolve",
                "confirm",
                "org:REG:KH:00012345",
                "bods:record:lotus",
                "--analyst",
                "fiu-7",
                "--data-dir",
                data);
        assertThat(confirm.out()).contains("org:REG:KH:00012345 ~ bods:record:lotus: CONFIRMED (was CANDIDATE)");
        var reject = CommandRun.of("resolve", "reject", "bods:record:she", "ofac-sdn:90001", "--data-dir", data);
        assertThat(reject.out()).contains("bods:record:she ~ ofac-sdn:90001: REJECTED (was CANDIDATE)");
        var unknown = CommandRun.of("resolve", "confirm", "bods:record:she", "no-such-party", "--data-dir", data);
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no party with key 'no-such-party'");

        var again = CommandRun.of("resolve", "--data-dir", data);
        assertThat(again.out()).contains("(0 new)");
        var confirmed =
                CommandRun.of("resolve", "list", "--status", "CONFIRMED", "--format", "json", "--data-dir", data);
        assertThat(confirmed.out()).contains("\"decidedBy\" : \"fiu-7\"").contains("bods:record:lotus");
        assertThat(CommandRun.of("resolve", "list", "--status", "REJECTED", "--data-dir", data)
                        .out())
                .contains("REJECTED   bods:record:she (She Zhijiang)  ~  ofac-sdn:90001 (SHE, Zhijiang)")
                .contains("1 SAME_AS links shown");
        assertThat(CommandRun.of("resolve", "--threshold", "1.5", "--data-dir", data)
                        .exitCode())
                .isEqualTo(2);
    }
}

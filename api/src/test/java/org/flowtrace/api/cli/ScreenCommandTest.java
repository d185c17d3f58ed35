package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.flowtrace.analytics.screening.Designation;
import org.flowtrace.analytics.screening.ScreeningAnswer;
import org.flowtrace.analytics.screening.ScreeningAnswer.DesignationHit;
import org.flowtrace.analytics.screening.ScreeningAnswer.OwnershipLink;
import org.flowtrace.analytics.screening.ScreeningAnswer.RiskLevel;
import org.flowtrace.analytics.screening.ScreeningAnswer.WalletExposure;
import org.flowtrace.analytics.screening.ScreeningQuery;
import org.junit.jupiter.api.Test;

/** {@code flowtrace screen} prints an answer as a table or as JSON, and refuses a malformed wallet before anything starts. */
class ScreenCommandTest {

    private static final Designation NG1 =
            new Designation("FIU-KH Scam Compounds", "NG-1", "compound operator", "https://example.org/designation/1");

    private static final ScreeningAnswer ANSWER = new ScreeningAnswer(
            new ScreeningQuery("Chen Guohao", "CN", "1978", "TRON:TCustomer1", null),
            0.993,
            RiskLevel.HIGH,
            List.of("0.99  designated: Chen Guohao matches 陈国豪 on FIU-KH Scam Compounds NG-1 (compound operator)"),
            List.of(new DesignationHit(
                    "designations:fiu-kh:NG-1",
                    "陈国豪",
                    0.993,
                    List.of("name 1.00: Chen Guohao ~ 陈国豪 (+7.0)"),
                    List.of(NG1))),
            List.of(new OwnershipLink(
                    "bods:record:lotus-star",
                    "Lotus Star Holdings Limited",
                    0.95,
                    List.of("<-[OWNS 100%]- CHEN Guohao"),
                    "designations:fiu-kh:NG-1",
                    "陈国豪",
                    "same as by name 1.00",
                    List.of(NG1),
                    0.85)),
            List.of(new WalletExposure(
                    "TRON:TS6Vosq65Feu9AyJNhsbpg3CL6DyB5Ny4R",
                    "RECEIVED_FROM",
                    1,
                    List.of("scam: NagaFX deposit wallet"),
                    0.7)),
            "12 public parties; sources: bods, designations");

    @Test
    void the_table_shows_the_risk_then_each_hit_link_and_exposure() {
        var out = new StringWriter();
        ScreenCommand.print(ANSWER, OutputFormat.table, new PrintWriter(out, true));

        assertThat(out.toString().lines())
                .containsExactly(
                        "Screening Chen Guohao, country CN, born 1978, wallet TRON:TCustomer1",
                        "Risk: HIGH (0.99)",
                        "Reasons, strongest first:",
                        "  0.99  designated: Chen Guohao matches 陈国豪 on FIU-KH Scam Compounds NG-1 (compound operator)",
                        "Designation hits:",
                        "  0.99  陈国豪  designations:fiu-kh:NG-1  FIU-KH Scam Compounds NG-1 (compound operator)",
                        "Links to designated parties:",
                        "  0.85  Lotus Star Holdings Limited <-[OWNS 100%]- CHEN Guohao  →  陈国豪 (FIU-KH Scam Compounds NG-1 (compound operator))",
                        "Wallet exposure:",
                        "  0.70  RECEIVED_FROM TRON:TS6Vosq65Feu9AyJNhsbpg3CL6DyB5Ny4R, 1 transfer: scam: NagaFX deposit wallet",
                        "Searched: 12 public parties; sources: bods, designations");
    }

    @Test
    void json_is_the_answer_record_as_it_is() {
        var out = new StringWriter();
        ScreenCommand.print(ANSWER, OutputFormat.json, new PrintWriter(out, true));

        assertThat(out.toString())
                .contains("\"level\" : \"HIGH\"")
                .contains("\"score\" : 0.993")
                .contains("\"designatedParty\" : \"designations:fiu-kh:NG-1\"")
                .contains("\"direction\" : \"RECEIVED_FROM\"")
                .contains("\"sourceUrl\" : \"https://example.org/designation/1\"");
    }

    @Test
    void a_wallet_without_its_chain_is_a_usage_error() {
        var run = CommandRun.of("screen", "Someone", "--wallet", "TCustomer1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("a wallet is written CHAIN:address");
    }
}

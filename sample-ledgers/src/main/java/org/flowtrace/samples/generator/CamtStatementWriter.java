package org.flowtrace.samples.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.samples.generator.CompoundPlan.Statement;

/**
 * Writes each planted bank statement as an ISO 20022 camt.053.001.08 message
 * ({@code camt053/statement-<compound>-<number>.xml}), one statement of one account over the whole
 * period, booked entries only, with opening and closing balances. The servicer is written as
 * {@code Svcr/FinInstnId/BICFI} with the data set's bank id and counterparties' banks as clearing-system
 * member ids, so every account keys as in the ledger ({@code bank:number}); each entry's
 * {@code AcctSvcrRef} makes its transfer {@code camt:<bank:number>:<ref>:1}.
 */
final class CamtStatementWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final Population population;
    private final CompoundPlan plan;
    private final LocalDateTime start;
    private final int days;

    CamtStatementWriter(Population population, CompoundPlan plan, LocalDateTime start, int days) {
        this.population = population;
        this.plan = plan;
        this.start = start;
        this.days = days;
    }

    List<String> write(Path out) throws IOException {
        var files = new ArrayList<String>();
        for (var statement : plan.statements()) {
            var file = out.resolve(statement.file());
            Files.createDirectories(file.getParent());
            Files.writeString(file, xml(statement), StandardCharsets.UTF_8);
            files.add(statement.file());
        }
        return files;
    }

    String xml(Statement statement) {
        int account = statement.account();
        var currency = population.currency(account);
        var ccy = " Ccy=\"" + currency.name() + "\"";
        var end = start.plusDays(days);
        var opening = new BigDecimal(currency.fromUsd(statement.openingUsd()));
        var balance = opening;
        for (int seq : statement.transfers()) {
            var t = plan.transfers().get(seq);
            var amount = new BigDecimal(currency.fromUsd(t.usd()));
            balance = t.to() == account ? balance.add(amount) : balance.subtract(amount);
        }
        var holder = plan.holders().get(account);
        var id = population.bank(account) + "-STMT-" + population.number(account);
        var xml = new XmlText(
                "Fictional camt.053 statement written by flowtrace generate: every name and account is invented");
        xml.open("Document", " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"")
                .open("BkToCstmrStmt")
                .open("GrpHdr")
                .leaf("MsgId", id + "-MSG")
                .leaf("CreDtTm", TIME.format(end))
                .close("GrpHdr")
                .open("Stmt")
                .leaf("Id", id)
                .leaf("CreDtTm", TIME.format(end))
                .open("FrToDt")
                .leaf("FrDtTm", TIME.format(start))
                .leaf("ToDtTm", TIME.format(end))
                .close("FrToDt")
                .open("Acct")
                .open("Id")
                .open("Othr")
                .leaf("Id", population.number(account))
                .close("Othr")
                .close("Id")
                .leaf("Ccy", currency.name())
                .open("Ownr")
                .leaf("Nm", holder.name())
                .open("PstlAdr")
                .leaf("Ctry", holder.nationality())
                .close("PstlAdr")
                .close("Ownr")
                .open("Svcr")
                .open("FinInstnId")
                .leaf("BICFI", population.bank(account))
                .close("FinInstnId")
                .close("Svcr")
                .close("Acct");
        balance(xml, "OPBD", ccy, opening, start);
        balance(xml, "CLBD", ccy, balance, end);
        for (int seq : statement.transfers()) {
            var t = plan.transfers().get(seq);
            boolean credit = t.to() == account;
            int other = credit ? t.from() : t.to();
            var when = start.plusMinutes(t.minute());
            var party = credit ? "Dbtr" : "Cdtr";
            var counter = plan.holders().get(other);
            xml.open("Ntry")
                    .leaf("Amt", ccy, currency.fromUsd(t.usd()))
                    .leaf("CdtDbtInd", credit ? "CRDT" : "DBIT")
                    .open("Sts")
                    .leaf("Cd", "BOOK")
                    .close("Sts")
                    .open("BookgDt")
                    .leaf("DtTm", TIME.format(when))
                    .close("BookgDt")
                    .open("ValDt")
                    .leaf("Dt", when.toLocalDate())
                    .close("ValDt")
                    .leaf("AcctSvcrRef", t.id())
                    .open("BkTxCd")
                    .open("Domn")
                    .leaf("Cd", "PMNT")
                    .open("Fmly")
                    .leaf("Cd", credit ? "RCDT" : "ICDT")
                    .leaf("SubFmlyCd", t.format().equals("ACH") ? "ESCT" : "XBCT")
                    .close("Fmly")
                    .close("Domn")
                    .close("BkTxCd")
                    .open("NtryDtls")
                    .open("TxDtls")
                    .open("Refs")
                    .leaf("EndToEndId", t.id() + "-E2E")
                    .close("Refs")
                    .open("RltdPties");
            if (counter != null) {
                xml.open(party)
                        .open("Pty")
                        .leaf("Nm", counter.name())
                        .close("Pty")
                        .close(party);
            }
            xml.open(party + "Acct")
                    .open("Id")
                    .open("Othr")
                    .leaf("Id", population.number(other))
                    .close("Othr")
                    .close("Id")
                    .close(party + "Acct")
                    .close("RltdPties")
                    .open("RltdAgts")
                    .open(party + "Agt")
                    .open("FinInstnId")
                    .open("ClrSysMmbId")
                    .leaf("MmbId", population.bank(other))
                    .close("ClrSysMmbId")
                    .close("FinInstnId")
                    .close(party + "Agt")
                    .close("RltdAgts");
            if (!t.reference().isEmpty()) {
                xml.open("RmtInf").leaf("Ustrd", t.reference()).close("RmtInf");
            }
            xml.close("TxDtls").close("NtryDtls").close("Ntry");
        }
        xml.close("Stmt").close("BkToCstmrStmt").close("Document");
        return xml.toString();
    }

    private static void balance(XmlText xml, String code, String ccy, BigDecimal amount, LocalDateTime at) {
        xml.open("Bal")
                .open("Tp")
                .open("CdOrPrtry")
                .leaf("Cd", code)
                .close("CdOrPrtry")
                .close("Tp")
                .leaf("Amt", ccy, amount.abs().toPlainString())
                .leaf("CdtDbtInd", amount.signum() < 0 ? "DBIT" : "CRDT")
                .open("Dt")
                .leaf("Dt", at.toLocalDate())
                .close("Dt")
                .close("Bal");
    }
}

package org.flowtrace.ingest.camt053;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.XmlElement;
import org.junit.jupiter.api.Test;

class CamtRecordProcessorTest {

    private static final String STATEMENT = """
            <Stmt><Id>S1</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct></Stmt>""";
    private static final RunSource RUN = new RunSource("camt053-1", "/data/s.xml", "a".repeat(64));

    private final CamtRecordProcessor processor =
            new CamtRecordProcessor(new Camt053Properties(ZoneId.of("Europe/Berlin"), Set.of("BOOK")), RUN);

    @Test
    void a_debit_goes_from_the_statement_account_to_the_creditor_account() {
        var transaction = processor.process(record("""
                <Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>2024-03-01</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef></Ntry>""", """
                <TxDtls><RltdPties><Cdtr><Nm>Ana</Nm></Cdtr>
                  <CdtrAcct><Id><Othr><Id>777</Id></Othr></Id></CdtrAcct></RltdPties>
                  <RltdAgts><CdtrAgt><FinInstnId><BIC>bankdeff</BIC></FinInstnId></CdtrAgt></RltdAgts></TxDtls>""", 1));

        var transfer = transaction.transfer();
        assertThat(transfer.id()).isEqualTo("camt:IBAN:DE89370400440532013000:R1:1");
        assertThat(transfer.from()).isEqualTo(new AccountRef("IBAN", "DE89370400440532013000"));
        assertThat(transfer.to()).isEqualTo(new AccountRef("BANKDEFF", "777"));
        assertThat(transfer.amount().canonical()).isEqualTo("12.50");
        assertThat(transfer.at())
                .as("a date without offset starts in the configured zone")
                .hasToString("2024-02-29T23:00:00Z");
        assertThat(transaction.holdings())
                .singleElement()
                .satisfies(h -> assertThat(h.key()).isEqualTo("camt:name:BANKDEFF:777:ANA"));
    }

    @Test
    void an_entry_of_a_status_not_loaded_is_filtered() {
        var result = processor.process(record("""
                <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>PDNG</Cd></Sts>
                  <ValDt><Dt>2024-03-04</Dt></ValDt></Ntry>""", null, 0));

        assertThat(result).isNull();
    }

    @Test
    void an_entry_without_reference_is_keyed_by_statement_and_position() {
        var transaction = processor.process(record("""
                <Ntry><Amt Ccy="JPY">1500</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><DtTm>2024-03-01T10:00:00+09:00</DtTm></BookgDt></Ntry>""", null, 0));

        assertThat(transaction.transfer().id()).isEqualTo("camt:IBAN:DE89370400440532013000:S1#4:1");
        assertThat(transaction.transfer().from().key()).isEqualTo("unknown:camt:IBAN:DE89370400440532013000:S1#4:1");
        assertThat(transaction.transfer().at()).hasToString("2024-03-01T01:00:00Z");
    }

    @Test
    void a_credit_debit_indicator_other_than_crdt_or_dbit_is_rejected_naming_the_element() {
        assertThatThrownBy(() -> processor.process(record("""
                        <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>RVSL</CdtDbtInd><Sts>BOOK</Sts>
                          <BookgDt><Dt>2024-03-01</Dt></BookgDt></Ntry>""", null, 0)))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("Ntry/CdtDbtInd");
                    assertThat(e.reason()).isEqualTo("must be CRDT or DBIT: 'RVSL'");
                    assertThat(e.locator()).startsWith("/Document/BkToCstmrStmt/Stmt[1]/Ntry[4]");
                });
    }

    private static CamtRecord record(String entry, String transaction, int count) {
        var format = new CamtFormat(CamtFormat.Kind.STATEMENT, 2);
        var path = "/Document/BkToCstmrStmt/Stmt[1]/Ntry[4]";
        return new CamtRecord(
                format,
                parse(STATEMENT),
                "/Document/BkToCstmrStmt/Stmt[1]",
                parse(entry),
                4,
                transaction == null ? null : parse(transaction),
                1,
                count,
                transaction == null ? path : path + "/NtryDtls[1]/TxDtls[1]");
    }

    static XmlElement parse(String xml) {
        try {
            var reader = CamtFormat.inputFactory().createXMLStreamReader(new StringReader(xml));
            while (reader.next() != XMLStreamConstants.START_ELEMENT) {
                // to the root element
            }
            return XmlElement.read(reader);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}

package org.flowtrace.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowtrace.ingest.sanctions.SdnEntry.SdnId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdnRemarksTest {

    @Test
    void decodes_aliases_births_nationalities_links_and_documents_of_a_real_remarks_field() {
        var remarks = SdnRemarks.decode(
                "DOB 28 Jul 1963; POB Toledo District, Belize; Passport P0017003 (Belize); SSN 561-77-9011 (United"
                        + " States); a.k.a. 'BURTON BURGESS'; nationality Belize; citizen Belize; Linked To: D'S"
                        + " SUPERMARKET COMPANY LTD.",
                false,
                false);

        assertThat(remarks.datesOfBirth()).containsExactly("28 Jul 1963");
        assertThat(remarks.placesOfBirth()).containsExactly("Toledo District, Belize");
        assertThat(remarks.aliases()).containsExactly("BURTON BURGESS");
        assertThat(remarks.nationalities()).containsExactly("Belize");
        assertThat(remarks.citizenships()).containsExactly("Belize");
        assertThat(remarks.linkedTo()).containsExactly("D'S SUPERMARKET COMPANY LTD");
        assertThat(remarks.ids())
                .containsExactly(
                        new SdnId("Passport", "P0017003", "Belize"), new SdnId("SSN", "561-77-9011", "United States"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Digital Currency Address - XBT 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi | Digital Currency Address - XBT | 1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi
            alt. Digital Currency Address - ETH 0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535. | Digital Currency Address - ETH | 0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535
            Digital Currency Address - USDT TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre | Digital Currency Address - USDT | TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre
            Legal Entity Number 253400WSS48YWMBUA688 | Legal Entity Number | 253400WSS48YWMBUA688
            """)
    void reads_a_digital_currency_address_or_document_clause(String clause, String type, String number) {
        assertThat(SdnRemarks.decode(clause, false, false).ids()).containsExactly(new SdnId(type, number, null));
    }

    @Test
    void leaves_out_the_fragment_a_comments_row_starts_with_and_the_clause_a_full_field_cuts() {
        var continuing = SdnRemarks.decode(
                "s - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c; Digital Currency Address - LTC"
                        + " LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS",
                true,
                false);
        assertThat(continuing.ids())
                .containsExactly(
                        new SdnId("Digital Currency Address - LTC", "LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS", null));

        var cut = SdnRemarks.decode("a.k.a. 'SUEX'; Digital Currency Address - XBT 1B64QRxf", false, true);
        assertThat(cut.ids()).isEmpty();
        assertThat(cut.cutOff()).isEqualTo("Digital Currency Address - XBT 1B64QRxf");
        assertThat(cut.aliases()).containsExactly("SUEX");
    }
}

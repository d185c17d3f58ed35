package org.flowtrace.ingest.ledger;

import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.ingest.ledger.ColumnMapping.Field;

/**
 * The IBM AMLworld transaction layout (Altman et al., NeurIPS 2023): {@code Timestamp, From Bank,
 * Account, To Bank, Account, Amount Received, Receiving Currency, Amount Paid, Payment Currency,
 * Payment Format, Is Laundering}. The header repeats "Account", so columns are read by position.
 * Bank ids are kept as written (zero-padded strings). The amount of a transfer is what was paid; what
 * was received is kept beside it. {@code Is Laundering} is stored for evaluation only. A header with a
 * twelfth column named {@code Reference} (as {@code flowtrace generate} writes it) maps that column to
 * the payment reference; AMLworld's own files have none.
 */
public final class AmlworldMapping {

    /** AMLworld's currency names and the ISO 4217 codes (or coin symbol) they stand for. */
    static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("US Dollar", "USD"),
            Map.entry("Euro", "EUR"),
            Map.entry("Yuan", "CNY"),
            Map.entry("Yen", "JPY"),
            Map.entry("UK Pound", "GBP"),
            Map.entry("Rupee", "INR"),
            Map.entry("Ruble", "RUB"),
            Map.entry("Canadian Dollar", "CAD"),
            Map.entry("Australian Dollar", "AUD"),
            Map.entry("Swiss Franc", "CHF"),
            Map.entry("Mexican Peso", "MXN"),
            Map.entry("Brazil Real", "BRL"),
            Map.entry("Saudi Riyal", "SAR"),
            Map.entry("Shekel", "ILS"),
            Map.entry("Bitcoin", "BTC"));

    private AmlworldMapping() {}

    /** The header name of the optional trailing reference column. */
    public static final String REFERENCE = "Reference";

    private static final int REFERENCE_POSITION = 11;

    /**
     * The mapping for a file with this header: the AMLworld columns, and the payment reference when the
     * header has a trailing {@value #REFERENCE} column.
     */
    public static ColumnMapping mapping(List<String> header) {
        var plain = mapping();
        if (header.size() <= REFERENCE_POSITION
                || !header.get(REFERENCE_POSITION)
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals("reference")) {
            return plain;
        }
        var columns = new EnumMap<Field, String>(plain.columns());
        columns.put(Field.REFERENCE, "#" + REFERENCE_POSITION);
        return new ColumnMapping(
                plain.header(),
                plain.delimiter(),
                plain.timeFormat(),
                plain.timeZone(),
                columns,
                plain.currencyNames());
    }

    /** The eleven AMLworld columns, without a reference. */
    public static ColumnMapping mapping() {
        return new ColumnMapping(
                true,
                ',',
                "yyyy/MM/dd HH:mm",
                ZoneOffset.UTC,
                Map.ofEntries(
                        Map.entry(Field.TIME, "#0"),
                        Map.entry(Field.FROM_BANK, "#1"),
                        Map.entry(Field.FROM_ACCOUNT, "#2"),
                        Map.entry(Field.TO_BANK, "#3"),
                        Map.entry(Field.TO_ACCOUNT, "#4"),
                        Map.entry(Field.RECEIVED_AMOUNT, "#5"),
                        Map.entry(Field.RECEIVED_CURRENCY, "#6"),
                        Map.entry(Field.AMOUNT, "#7"),
                        Map.entry(Field.CURRENCY, "#8"),
                        Map.entry(Field.PAYMENT_TYPE, "#9"),
                        Map.entry(Field.LABEL, "#10")),
                CURRENCIES);
    }
}

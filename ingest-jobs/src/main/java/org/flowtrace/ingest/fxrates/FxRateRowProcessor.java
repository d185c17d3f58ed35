package org.flowtrace.ingest.fxrates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.flowtrace.graph.fx.FxRate;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns an fx-rates line into a rate, or rejects it with the column and reason. Pure apart from
 * learning its run and source when the step starts.
 *
 * <p>{@code date} is an ISO calendar date ({@code 2024-01-02}, strictly: no 30 February);
 * {@code currency} an ISO 4217 code or a chain-qualified asset code as transfers carry it
 * ({@code BITCOIN:BTC}, {@code ETHEREUM:0x…}); {@code usd_per_unit} a plain positive decimal of any
 * length, kept exact; {@code source} who published the rate (the file name when the column is absent
 * or empty). {@code USD} may only be stated at 1.
 */
final class FxRateRowProcessor implements ItemProcessor<FxRateRow, FxRate>, StepExecutionListener {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final FxRateColumns columns;
    private final String defaultSource;
    private @Nullable RunSource source;

    FxRateRowProcessor(FxRateColumns columns, String defaultSource) {
        this.columns = columns;
        this.defaultSource = defaultSource;
    }

    /** For tests: a processor that already knows its run and source. */
    FxRateRowProcessor(FxRateColumns columns, String defaultSource, RunSource source) {
        this(columns, defaultSource);
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = RunSource.of(stepExecution);
    }

    @Override
    public FxRate process(FxRateRow row) {
        if (row.fields().size() < columns.width()) {
            throw malformed(
                    row,
                    null,
                    "expected at least " + columns.width() + " fields, found "
                            + row.fields().size());
        }
        var date = date(row);
        var asset = asset(row);
        var rate = rate(row);
        if (asset.equals("USD") && rate.compareTo(BigDecimal.ONE) != 0) {
            throw malformed(
                    row,
                    FxRateColumns.USD_PER_UNIT,
                    "USD is 1 USD per unit by definition, not " + rate.toPlainString());
        }
        var publisher = columns.source(row.fields());
        var stated = publisher == null || publisher.isBlank() ? defaultSource : publisher.strip();
        return new FxRate(date, asset, rate, stated, source().at(row.locator()));
    }

    private LocalDate date(FxRateRow row) {
        var text = required(row, columns.date(), FxRateColumns.DATE);
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw malformed(row, FxRateColumns.DATE, "not an ISO date (yyyy-MM-dd): '" + text + "'");
        }
    }

    /** The asset code as transfers carry it: {@code EUR}, {@code BITCOIN:BTC}, {@code ETHEREUM:0xabc…}. */
    private String asset(FxRateRow row) {
        var text = required(row, columns.currency(), FxRateColumns.CURRENCY);
        int colon = text.indexOf(':');
        if (colon < 0) {
            try {
                return Asset.currency(text).code();
            } catch (IllegalArgumentException e) {
                throw malformed(row, FxRateColumns.CURRENCY, "unknown currency '" + text + "'");
            }
        }
        Chain chain;
        try {
            chain = Chain.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(
                    row,
                    FxRateColumns.CURRENCY,
                    "unknown currency '" + text + "' (not ISO 4217, and '" + text.substring(0, colon)
                            + "' is not a chain)");
        }
        var rest = text.substring(colon + 1).strip();
        if (rest.isEmpty()) {
            throw malformed(row, FxRateColumns.CURRENCY, "unknown currency '" + text + "'");
        }
        var symbol = rest.matches("[A-Za-z]{2,10}") ? rest.toUpperCase(Locale.ROOT) : chain.normalise(rest);
        return chain.name() + ":" + symbol;
    }

    private BigDecimal rate(FxRateRow row) {
        var text = required(row, columns.usdPerUnit(), FxRateColumns.USD_PER_UNIT);
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw malformed(row, FxRateColumns.USD_PER_UNIT, "not a plain decimal rate: '" + text + "'");
        }
        var rate = new BigDecimal(text);
        if (rate.signum() <= 0) {
            throw malformed(row, FxRateColumns.USD_PER_UNIT, "rate must be positive: '" + text + "'");
        }
        return rate;
    }

    private String required(FxRateRow row, int position, String column) {
        var value = row.fields().get(position).strip();
        if (value.isEmpty()) {
            throw malformed(row, column, "missing value");
        }
        return value;
    }

    private RunSource source() {
        if (source == null) {
            throw new IllegalStateException("fx-rates processor used outside its step");
        }
        return source;
    }

    private MalformedRecordException malformed(FxRateRow row, @Nullable String column, String reason) {
        return new MalformedRecordException(source().input(), row.locator(), column, reason);
    }
}

package org.flowtrace.ingest.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Sha256;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.ledger.ColumnMapping.Field;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a ledger row into a transfer, or rejects it with the field and reason. Pure apart from
 * learning its run and source when the step starts.
 *
 * <p>Natural key: {@code ledger:<id>} when the mapping has an id column, otherwise
 * {@code ledger:<SHA-256 of from bank, from account, to bank, to account, time, amount, currency,
 * received amount, received currency, payment type, reference>} — two rows equal in all of these are
 * one transfer.
 */
public final class LedgerRowProcessor implements ItemProcessor<LedgerRow, LedgerTransfer>, StepExecutionListener {

    private final ColumnMapping mapping;
    private final LedgerColumns columns;
    private final DateTimeFormatter timeFormat;
    private @Nullable RunSource source;

    public LedgerRowProcessor(ColumnMapping mapping, LedgerColumns columns) {
        this.mapping = mapping;
        this.columns = columns;
        this.timeFormat = DateTimeFormatter.ofPattern(mapping.timeFormat(), Locale.ROOT);
    }

    /** For tests: a processor that already knows its run and source. */
    LedgerRowProcessor(ColumnMapping mapping, LedgerColumns columns, RunSource source) {
        this(mapping, columns);
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = RunSource.of(stepExecution);
    }

    @Override
    public LedgerTransfer process(LedgerRow row) {
        var run = source();
        if (row.fields().size() < columns.width()) {
            throw malformed(
                    row,
                    null,
                    "expected at least " + columns.width() + " fields, found "
                            + row.fields().size());
        }
        var at = time(row);
        var fromBank = optional(row, Field.FROM_BANK);
        var fromAccount = required(row, Field.FROM_ACCOUNT);
        var toBank = optional(row, Field.TO_BANK);
        var toAccount = required(row, Field.TO_ACCOUNT);
        var amount = money(row, Field.AMOUNT, Field.CURRENCY);
        Money received = null;
        if (columns.maps(Field.RECEIVED_AMOUNT) && columns.maps(Field.RECEIVED_CURRENCY)) {
            var receivedMoney = money(row, Field.RECEIVED_AMOUNT, Field.RECEIVED_CURRENCY);
            if (!receivedMoney.equals(amount)) {
                received = receivedMoney;
            }
        }
        var paymentType = optional(row, Field.PAYMENT_TYPE);
        var reference = optional(row, Field.REFERENCE);
        var id = optional(row, Field.ID);
        var key = id != null
                ? "ledger:" + id
                : "ledger:"
                        + Sha256.hex(String.join(
                                "\u001f",
                                nonNull(fromBank),
                                fromAccount,
                                nonNull(toBank),
                                toAccount,
                                at.toString(),
                                amount.canonical(),
                                amount.asset().code(),
                                received == null ? "" : received.canonical(),
                                received == null ? "" : received.asset().code(),
                                nonNull(paymentType),
                                nonNull(reference)));
        var transfer = new Transfer(
                key,
                new AccountRef(nonNull(fromBank), fromAccount),
                new AccountRef(nonNull(toBank), toAccount),
                amount,
                at,
                reference,
                usdIfDollars(amount, at),
                run.at(row.locator()),
                received,
                paymentType);
        return new LedgerTransfer(transfer, label(row));
    }

    private RunSource source() {
        if (source == null) {
            throw new IllegalStateException("ledger processor used outside its step");
        }
        return source;
    }

    private Instant time(LedgerRow row) {
        var text = required(row, Field.TIME);
        try {
            TemporalAccessor parsed =
                    timeFormat.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            return switch (parsed) {
                case ZonedDateTime zoned -> zoned.toInstant();
                case LocalDateTime local -> local.atZone(mapping.timeZone()).toInstant();
                case LocalDate date -> date.atStartOfDay(mapping.timeZone()).toInstant();
                default -> throw new DateTimeException("unsupported time " + text);
            };
        } catch (DateTimeParseException e) {
            throw malformed(row, Field.TIME, "not a time in the format " + mapping.timeFormat() + ": '" + text + "'");
        }
    }

    private Money money(LedgerRow row, Field amountField, Field currencyField) {
        var amountText = required(row, amountField);
        var currencyText = required(row, currencyField);
        Asset asset;
        try {
            asset = asset(mapping.currencyCode(currencyText));
        } catch (IllegalArgumentException e) {
            throw malformed(row, currencyField, "unknown currency '" + currencyText + "'");
        }
        Money money;
        try {
            money = Money.parse(amountText, asset);
        } catch (IllegalArgumentException e) {
            throw malformed(row, amountField, e.getMessage());
        }
        if (money.isNegative()) {
            throw malformed(row, amountField, "negative amount " + amountText);
        }
        return money;
    }

    /** ISO 4217 currencies, and the coins AMLworld-style ledgers list among them. */
    static Asset asset(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "BTC", "XBT" -> Asset.nativeCoin(Chain.BITCOIN, "BTC", 8);
            case "ETH" -> Asset.ETH;
            default -> Asset.currency(code);
        };
    }

    /** USD needs no rate; other currencies get theirs from the FX-rate step, never a guess. */
    private static @Nullable UsdValue usdIfDollars(Money amount, Instant at) {
        if (!amount.asset().code().equals("USD")) {
            return null;
        }
        return UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
    }

    private @Nullable Boolean label(LedgerRow row) {
        var text = optional(row, Field.LABEL);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> true;
            case "0", "false", "no" -> false;
            default -> throw malformed(row, Field.LABEL, "label must be 0/1 or true/false: '" + text + "'");
        };
    }

    private String required(LedgerRow row, Field field) {
        var value = optional(row, field);
        if (value == null) {
            throw malformed(row, field, "missing value");
        }
        return value;
    }

    private @Nullable String optional(LedgerRow row, Field field) {
        var value = columns.value(row, field);
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private MalformedRecordException malformed(LedgerRow row, @Nullable Field field, String reason) {
        return new MalformedRecordException(
                source().input(), row.locator(), field == null ? null : ColumnMapping.name(field), reason);
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}

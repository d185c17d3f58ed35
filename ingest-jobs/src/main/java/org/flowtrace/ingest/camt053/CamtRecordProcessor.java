package org.flowtrace.ingest.camt053;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.party.PartyHolding;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.Iban;
import org.flowtrace.ingest.support.RunSource;
import org.flowtrace.ingest.support.StepCounts;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Maps one camt transaction to a transfer between the statement account and the counterparty, with
 * its details and parties, or rejects it with the element and reason. Pure apart from learning its run
 * and source when the step starts. Entries whose status is not loaded are filtered (no output).
 *
 * <p><b>Direction.</b> {@code CdtDbtInd} of the entry, relative to the statement account: {@code CRDT}
 * is a transfer from the debtor's account to the statement account, {@code DBIT} one from the statement
 * account to the creditor's account. {@code TxDtls/CdtDbtInd} is not used: the entry is the booking.
 *
 * <p><b>Amount.</b> An entry with at most one transaction detail is one transfer of the entry amount
 * (what was booked on the account). A batched entry (several {@code TxDtls}) is one transfer per
 * detail, each of the detail's own amount ({@code TxDtls/Amt}, or {@code AmtDtls/TxAmt/Amt} in
 * versions without it); a detail without one is rejected.
 *
 * <p><b>Accounts.</b> An IBAN — in {@code Id/IBAN}, or a valid one in {@code Id/Othr/Id} — keys as
 * {@code IBAN:<iban>}; another id keys as {@code <BIC of its servicer or agent>:<id>}. A counterparty
 * without an account is represented by an account keyed {@code unknown:<statement account
 * key>/<agent BIC or ->/<name>} (the account of that name seen from this account), or, without a
 * name either, {@code unknown:<transfer id>} — never merged with another counterparty's.
 *
 * <p><b>Natural key.</b> {@code camt:<statement account key>:<ref>:<n>}, with {@code ref} the entry's
 * {@code AcctSvcrRef} (the servicer's unique booking reference, the same in a camt.054 notification
 * and the later camt.053 statement), or {@code <Stmt/Id>#<NtryRef or entry position>} when it has
 * none, and {@code n} the detail's 1-based position within the entry.
 */
final class CamtRecordProcessor implements ItemProcessor<CamtRecord, CamtTransaction>, StepExecutionListener {

    static final String NOT_LOADED_FOR_STATUS = "entriesNotLoadedForStatus";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_DATE_TIME;

    private final Camt053Properties properties;
    private @Nullable RunSource source;

    CamtRecordProcessor(Camt053Properties properties) {
        this.properties = properties;
    }

    /** For tests: a processor that already knows its run and source. */
    CamtRecordProcessor(Camt053Properties properties, RunSource source) {
        this(properties);
        this.source = source;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.source = RunSource.of(stepExecution);
    }

    /** Entries of a status that is not loaded are filtered; their number is reported by name. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepCounts.record(stepExecution, NOT_LOADED_FOR_STATUS, stepExecution.getFilterCount());
        return stepExecution.getExitStatus();
    }

    @Override
    public @Nullable CamtTransaction process(CamtRecord record) {
        var run = source();
        var statement = record.statement();
        var entry = record.entry();
        var tx = record.transaction();

        var statementId = required(record, statement, "Id", "Stmt/Id");
        var accountElement = statement.child("Acct");
        if (accountElement == null) {
            throw malformed(record, "Acct", "the statement names no account");
        }
        var servicer = accountElement.text("Svcr/FinInstnId/BICFI", "Svcr/FinInstnId/BIC");
        var ownAccount = account(accountElement, servicer);
        if (ownAccount == null) {
            throw malformed(record, "Acct/Id", "the statement account has neither IBAN nor Othr/Id");
        }

        var status = entry.text("Sts/Cd", "Sts/Prtry", "Sts");
        if (status == null) {
            throw malformed(record, "Ntry/Sts", "missing entry status");
        }
        status = status.toUpperCase(Locale.ROOT);
        var entryAmount = money(record, entry.child("Amt"), "Ntry/Amt");
        var credit = direction(record, entry);
        var booked = dateOf(record, entry.child("BookgDt"), "Ntry/BookgDt");
        var valued = dateOf(record, entry.child("ValDt"), "Ntry/ValDt");
        if (booked == null && valued == null) {
            throw malformed(record, "Ntry/BookgDt", "the entry has neither a booking date nor a value date");
        }
        if (!properties.statuses().contains(status)) {
            return null;
        }

        var amount = entryAmount;
        if (record.transactionCount() > 1 && tx != null) {
            var direct = tx.child("Amt");
            var own = direct != null ? direct : tx.find("AmtDtls/TxAmt/Amt");
            if (own == null) {
                throw malformed(
                        record,
                        "TxDtls/Amt",
                        "a transaction of a batched entry needs its own amount (Amt or AmtDtls/TxAmt/Amt)");
            }
            amount = money(record, own, direct != null ? "TxDtls/Amt" : "TxDtls/AmtDtls/TxAmt/Amt");
        }

        var acctSvcrRef = entry.text("AcctSvcrRef");
        var ref = acctSvcrRef != null
                ? acctSvcrRef
                : statementId + "#" + (entry.text("NtryRef") != null ? entry.text("NtryRef") : record.entryNumber());
        var id = "camt:" + ownAccount.key() + ":" + ref + ":" + record.transactionNumber();

        var debtor = tx == null ? null : CamtParty.of(tx.find("RltdPties/Dbtr"));
        var creditor = tx == null ? null : CamtParty.of(tx.find("RltdPties/Cdtr"));
        var debtorAgent = tx == null ? null : agent(tx.find("RltdAgts/DbtrAgt/FinInstnId"));
        var creditorAgent = tx == null ? null : agent(tx.find("RltdAgts/CdtrAgt/FinInstnId"));
        var debtorAccount = tx == null ? null : account(tx.find("RltdPties/DbtrAcct"), debtorAgent);
        var creditorAccount = tx == null ? null : account(tx.find("RltdPties/CdtrAcct"), creditorAgent);

        var counterparty = credit ? debtor : creditor;
        var counterAccount = credit ? debtorAccount : creditorAccount;
        var counterAgent = credit ? debtorAgent : creditorAgent;
        if (counterAccount == null) {
            counterAccount = counterparty != null && counterparty.name() != null
                    ? new AccountRef(
                            "unknown",
                            ownAccount.key() + "/" + (counterAgent == null ? "-" : counterAgent) + "/"
                                    + CamtParty.normalisedName(counterparty.name()))
                    : new AccountRef("unknown", id);
        }
        var from = credit ? counterAccount : ownAccount;
        var to = credit ? ownAccount : counterAccount;

        var at = booked != null ? booked : valued;
        var provenance = run.at(record.locator());
        var remittance = tx == null ? List.<String>of() : texts(tx, "RmtInf", "Ustrd");
        var creditorReferences = tx == null ? List.<String>of() : creditorReferences(tx);
        String reference = !remittance.isEmpty()
                ? String.join(" ", remittance)
                : creditorReferences.isEmpty() ? null : String.join(" ", creditorReferences);
        var bankTransactionCode = bankTransactionCode(tx != null && tx.child("BkTxCd") != null ? tx : entry);
        var transfer = new Transfer(
                id, from, to, amount, at, reference, usdIfDollars(amount, at), provenance, null, bankTransactionCode);

        var details = new HashMap<String, Object>();
        details.put("message", record.format().message());
        details.put("statementId", statementId);
        details.put("status", status);
        put(details, "acctSvcrRef", acctSvcrRef);
        put(details, "entryRef", entry.text("NtryRef"));
        put(details, "servicer", servicer);
        if (booked != null) {
            details.put("bookingDate", writtenDay(entry.child("BookgDt")));
        }
        if (valued != null) {
            details.put("valueDate", writtenDay(entry.child("ValDt")));
        }
        details.put("reversal", "true".equalsIgnoreCase(entry.text("RvslInd")));
        if (record.transactionCount() > 1) {
            details.put("batchSize", (long) record.transactionCount());
            details.put("entryAmount", entryAmount.canonical());
            details.put("entryAsset", entryAmount.asset().code());
        }
        put(details, "additionalEntryInfo", entry.text("AddtlNtryInf"));
        if (tx != null) {
            references(tx, details);
            putList(details, "remittance", remittance);
            putList(details, "creditorReferences", creditorReferences);
            putList(details, "additionalRemittance", texts(tx, "RmtInf/Strd", "AddtlRmtInf"));
            put(details, "additionalTransactionInfo", tx.text("AddtlTxInf"));
            put(details, "debtorName", debtor == null ? null : debtor.name());
            put(details, "creditorName", creditor == null ? null : creditor.name());
            put(details, "ultimateDebtorName", name(tx.find("RltdPties/UltmtDbtr")));
            put(details, "ultimateCreditorName", name(tx.find("RltdPties/UltmtCdtr")));
            put(details, "debtorAgent", debtorAgent);
            put(details, "creditorAgent", creditorAgent);
        }

        var holdings = new ArrayList<PartyHolding>();
        var owner = CamtParty.of(accountElement.child("Ownr"));
        if (owner != null) {
            holdings.add(owner.holding(ownAccount, provenance));
        }
        if (debtor != null) {
            holdings.add(debtor.holding(debtorAccount != null ? debtorAccount : from, provenance));
        }
        if (creditor != null) {
            holdings.add(creditor.holding(creditorAccount != null ? creditorAccount : to, provenance));
        }
        return new CamtTransaction(transfer, details, holdings);
    }

    private RunSource source() {
        if (source == null) {
            throw new IllegalStateException("camt processor used outside its step");
        }
        return source;
    }

    /** {@code true} for a credit to the statement account, {@code false} for a debit. */
    private boolean direction(CamtRecord record, XmlElement entry) {
        var indicator = entry.text("CdtDbtInd");
        if (indicator == null) {
            throw malformed(record, "Ntry/CdtDbtInd", "missing credit/debit indicator");
        }
        return switch (indicator) {
            case "CRDT" -> true;
            case "DBIT" -> false;
            default -> throw malformed(record, "Ntry/CdtDbtInd", "must be CRDT or DBIT: '" + indicator + "'");
        };
    }

    private Money money(CamtRecord record, @Nullable XmlElement amount, String field) {
        if (amount == null || amount.text().isEmpty()) {
            throw malformed(record, field, "missing amount");
        }
        var currency = amount.attribute("Ccy");
        if (currency == null || currency.isBlank()) {
            throw malformed(record, field + "/@Ccy", "missing currency");
        }
        Asset asset;
        try {
            asset = Asset.currency(currency);
        } catch (IllegalArgumentException e) {
            throw malformed(record, field + "/@Ccy", "unknown currency '" + currency + "'");
        }
        Money money;
        try {
            money = Money.parse(amount.text(), asset);
        } catch (IllegalArgumentException e) {
            throw malformed(record, field, e.getMessage());
        }
        if (money.isNegative()) {
            throw malformed(
                    record, field, "negative amount " + amount.text() + " (the direction is given by CdtDbtInd)");
        }
        return money;
    }

    /** A {@code Dt} or {@code DtTm} choice as an instant; a date is the start of its day. */
    private @Nullable Instant dateOf(CamtRecord record, @Nullable XmlElement choice, String field) {
        if (choice == null) {
            return null;
        }
        var date = choice.text("Dt");
        var dateTime = choice.text("DtTm");
        try {
            if (dateTime != null) {
                var parsed = DATE_TIME.parse(dateTime);
                if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return OffsetDateTime.from(parsed).toInstant();
                }
                return LocalDateTime.from(parsed).atZone(properties.timeZone()).toInstant();
            }
            if (date != null) {
                var parsed = DATE.parse(date);
                ZoneId zone = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                        ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                        : properties.timeZone();
                return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
            }
        } catch (DateTimeParseException e) {
            var written = dateTime != null ? dateTime : date;
            throw malformed(
                    record,
                    field + (dateTime != null ? "/DtTm" : "/Dt"),
                    "not an ISO 8601 " + (dateTime != null ? "date-time" : "date") + ": '" + written + "'");
        }
        throw malformed(record, field, "neither Dt nor DtTm given");
    }

    /** The calendar day of a date choice as written (not shifted to UTC); it parsed already in {@link #dateOf}. */
    private static LocalDate writtenDay(@Nullable XmlElement choice) {
        var date = choice == null ? null : choice.text("Dt");
        if (date != null) {
            return LocalDate.from(DATE.parse(date));
        }
        var dateTime = choice == null ? null : choice.text("DtTm");
        if (dateTime == null) {
            throw new IllegalStateException("date choice without Dt or DtTm");
        }
        return LocalDate.from(DATE_TIME.parse(dateTime));
    }

    /** An account element ({@code Acct}, {@code DbtrAcct} …) as an account reference, or {@code null}. */
    private static @Nullable AccountRef account(@Nullable XmlElement element, @Nullable String institution) {
        if (element == null) {
            return null;
        }
        var iban = element.text("Id/IBAN");
        if (iban != null) {
            return new AccountRef("IBAN", Iban.normalise(iban));
        }
        var other = element.text("Id/Othr/Id");
        if (other == null) {
            return null;
        }
        if (Iban.isValid(other)) {
            return new AccountRef("IBAN", Iban.normalise(other));
        }
        return new AccountRef(institution == null ? "" : institution, other);
    }

    /** An agent's BIC, or else its clearing-system member id ({@code CHBCC:100}), or {@code null}. */
    private static @Nullable String agent(@Nullable XmlElement institution) {
        if (institution == null) {
            return null;
        }
        var bic = institution.text("BICFI", "BIC");
        if (bic != null) {
            return bic.toUpperCase(Locale.ROOT);
        }
        var member = institution.text("ClrSysMmbId/MmbId");
        if (member != null) {
            var system = institution.text("ClrSysMmbId/ClrSysId/Cd", "ClrSysMmbId/ClrSysId/Prtry");
            return (system == null ? "" : system + ":") + member;
        }
        return null;
    }

    private static @Nullable String name(@Nullable XmlElement party) {
        var parsed = CamtParty.of(party);
        return parsed == null ? null : parsed.name();
    }

    /** {@code PMNT/RCDT/ESCT} from the ISO domain code, else the proprietary code. */
    private static @Nullable String bankTransactionCode(XmlElement element) {
        var code = element.child("BkTxCd");
        if (code == null) {
            return null;
        }
        var domain = code.text("Domn/Cd");
        if (domain != null) {
            var family = code.text("Domn/Fmly/Cd");
            var subFamily = code.text("Domn/Fmly/SubFmlyCd");
            return domain + (family == null ? "" : "/" + family) + (subFamily == null ? "" : "/" + subFamily);
        }
        return code.text("Prtry/Cd");
    }

    private static void references(XmlElement tx, Map<String, Object> details) {
        var refs = tx.child("Refs");
        if (refs == null) {
            return;
        }
        put(details, "messageId", refs.text("MsgId"));
        put(details, "transactionAcctSvcrRef", refs.text("AcctSvcrRef"));
        put(details, "paymentInformationId", refs.text("PmtInfId"));
        put(details, "instructionId", refs.text("InstrId"));
        put(details, "endToEndId", refs.text("EndToEndId"));
        put(details, "uetr", refs.text("UETR"));
        put(details, "transactionId", refs.text("TxId"));
        put(details, "mandateId", refs.text("MndtId"));
        put(details, "chequeNumber", refs.text("ChqNb"));
        put(details, "clearingSystemReference", refs.text("ClrSysRef"));
        var proprietary = refs.children("Prtry").stream()
                .filter(p -> p.text("Ref") != null)
                .map(p -> (p.text("Tp") == null ? "" : p.text("Tp") + ":") + p.text("Ref"))
                .toList();
        putList(details, "proprietaryReferences", proprietary);
    }

    private static List<String> creditorReferences(XmlElement tx) {
        var found = new ArrayList<String>();
        var remittance = tx.child("RmtInf");
        if (remittance != null) {
            for (var structured : remittance.children("Strd")) {
                for (var reference : structured.children("CdtrRefInf")) {
                    var text = reference.text("Ref");
                    if (text != null) {
                        found.add(text);
                    }
                }
            }
        }
        return found;
    }

    /** The texts of every {@code name} child of every element at {@code path}. */
    private static List<String> texts(XmlElement tx, String path, String name) {
        var found = new ArrayList<String>();
        var parts = path.split("/");
        collect(tx, parts, 0, name, found);
        return found;
    }

    private static void collect(XmlElement element, String[] path, int index, String name, List<String> found) {
        if (index == path.length) {
            element.children(name).stream()
                    .map(XmlElement::text)
                    .filter(text -> !text.isEmpty())
                    .forEach(found::add);
            return;
        }
        for (var child : element.children(path[index])) {
            collect(child, path, index + 1, name, found);
        }
    }

    /** USD needs no rate; other currencies get theirs from the fx-rates job, never a guess. */
    private static @Nullable UsdValue usdIfDollars(Money amount, Instant at) {
        if (!amount.asset().code().equals("USD")) {
            return null;
        }
        return UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private String required(CamtRecord record, XmlElement element, String path, String field) {
        var value = element.text(path);
        if (value == null) {
            throw malformed(record, field, "missing " + field);
        }
        return value;
    }

    private static void put(Map<String, Object> details, String key, @Nullable String value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    private static void putList(Map<String, Object> details, String key, List<String> values) {
        if (!values.isEmpty()) {
            details.put(key, List.copyOf(values));
        }
    }

    private MalformedRecordException malformed(CamtRecord record, String field, String reason) {
        return new MalformedRecordException(source().input(), record.locator(), field, reason);
    }
}

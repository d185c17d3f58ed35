package org.flowtrace.analytics.patterns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.transfer.TransferWriter;

/** Hand-built USD ledgers for detector tests (and the coercion tests): {@code pay("A", "B", "9500.00", hours, "Cash")}. */
public final class LedgerFixture {

    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String SHA = HexFormat.of().formatHex(new byte[32]);

    private final List<Transfer> transfers = new ArrayList<>();

    public LedgerFixture pay(String from, String to, String usd, double hoursAfterStart, String channel) {
        return add(account(from), account(to), usd, hoursAfterStart, channel);
    }

    /** A payment between accounts keyed {@code bank:number}, at different banks where the keys say so. */
    public LedgerFixture payAt(String fromKey, String toKey, String usd, double hoursAfterStart) {
        return add(keyed(fromKey), keyed(toKey), usd, hoursAfterStart, "Wire");
    }

    private static Endpoint keyed(String key) {
        int colon = key.indexOf(':');
        return new AccountRef(key.substring(0, colon), key.substring(colon + 1));
    }

    /** A withdrawal from a bank account (an exchange's) to a TRON wallet, valued 1:1 in USD. */
    public LedgerFixture wallet(String fromAccount, String toWallet, String usd, double hoursAfterStart) {
        return add(account(fromAccount), tron(toWallet), usd, hoursAfterStart, "");
    }

    public LedgerFixture walletToWallet(String from, String to, String usd, double hoursAfterStart) {
        return add(tron(from), tron(to), usd, hoursAfterStart, "");
    }

    /** A deposit from a TRON wallet that ends in a bank account (through an exchange). */
    public LedgerFixture walletTo(String fromWallet, String toAccount, String usd, double hoursAfterStart) {
        return add(tron(fromWallet), account(toAccount), usd, hoursAfterStart, "");
    }

    private static Endpoint account(String number) {
        return new AccountRef("BANK", number);
    }

    private static Endpoint tron(String address) {
        return WalletRef.of(Chain.TRON, address);
    }

    /**
     * A wire between accounts in another currency ({@code "JPY"}), valued at {@code usdPerUnit}:
     * {@code payIn("A", "B", "250000", "JPY", "0.0068", 5)}.
     */
    public LedgerFixture payIn(
            String from, String to, String amount, String currency, String usdPerUnit, double hours) {
        return add(
                account(from),
                account(to),
                new Money(new BigDecimal(amount), Asset.currency(currency)),
                usdPerUnit,
                hours,
                "Wire");
    }

    /** A USDT transfer (TRC-20, 6 decimals) between TRON wallets, valued 1:1 in USD. */
    public LedgerFixture usdt(String fromWallet, String toWallet, String amount, double hoursAfterStart) {
        var usdt = Asset.token(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT", 6);
        return add(tron(fromWallet), tron(toWallet), new Money(new BigDecimal(amount), usdt), "1", hoursAfterStart, "");
    }

    private LedgerFixture add(Endpoint from, Endpoint to, String usd, double hoursAfterStart, String channel) {
        return add(from, to, new Money(new BigDecimal(usd), Asset.currency("USD")), "1", hoursAfterStart, channel);
    }

    private LedgerFixture add(
            Endpoint from, Endpoint to, Money amount, String usdPerUnit, double hoursAfterStart, String channel) {
        var at = T0.plusSeconds(Math.round(hoursAfterStart * 3600));
        transfers.add(new Transfer(
                "test:" + (transfers.size() + 1),
                from,
                to,
                amount,
                at,
                null,
                UsdValue.of(
                        amount,
                        new BigDecimal(usdPerUnit),
                        amount.asset().equals(Asset.USD) ? "USD" : "test rates",
                        LocalDate.ofInstant(at, ZoneOffset.UTC)),
                new Provenance("test-1", SHA, "row " + (transfers.size() + 1)),
                null,
                channel));
        return this;
    }

    public LedgerFixture pay(String from, String to, String usd, double hoursAfterStart) {
        return pay(from, to, usd, hoursAfterStart, "Wire");
    }

    /** Gives the payment added last this reference. */
    public LedgerFixture referenced(String reference) {
        var last = transfers.removeLast();
        transfers.add(new Transfer(
                last.id(),
                last.from(),
                last.to(),
                last.amount(),
                last.at(),
                reference,
                last.usd(),
                last.provenance(),
                last.received(),
                last.channel()));
        return this;
    }

    public TransferProjection load(GraphConnection graph) {
        new TransferWriter(graph).write(List.copyOf(transfers));
        return new TransferProjectionReader(graph).read();
    }
}

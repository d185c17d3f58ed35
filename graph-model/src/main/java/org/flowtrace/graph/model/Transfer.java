package org.flowtrace.graph.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One movement of value from one endpoint to another, bank or on-chain.
 *
 * @param id the natural key, unique across the graph (e.g. {@code goaml:<entity>:<txn>},
 *     {@code ETHEREUM:<txhash>:<logIndex>}, {@code ledger:<sha256 of the defining fields>})
 * @param from the paying account or wallet
 * @param to the receiving account or wallet
 * @param amount the exact amount moved
 * @param at when it happened, in UTC
 * @param reference the payment reference or narrative, if the source gives one
 * @param usd the USD value, absent when no rate was available (never guessed)
 * @param provenance where this transfer was read
 * @param received what arrived, when it differs from what was paid (a cross-currency payment)
 * @param channel the payment type or rail as the source names it (wire, ACH, cheque, ERC-20 …)
 */
public record Transfer(
        String id,
        Endpoint from,
        Endpoint to,
        Money amount,
        Instant at,
        @Nullable String reference,
        @Nullable UsdValue usd,
        Provenance provenance,
        @Nullable Money received,
        @Nullable String channel) {

    /** A transfer whose received amount equals the paid amount, with no channel named. */
    public Transfer(
            String id,
            Endpoint from,
            Endpoint to,
            Money amount,
            Instant at,
            @Nullable String reference,
            @Nullable UsdValue usd,
            Provenance provenance) {
        this(id, from, to, amount, at, reference, usd, provenance, null, null);
    }

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(provenance, "provenance");
        if (id.isBlank()) {
            throw new IllegalArgumentException("transfer id is blank");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("transfer amount is negative: " + amount);
        }
        if (received != null && received.isNegative()) {
            throw new IllegalArgumentException("received amount is negative: " + received);
        }
    }

    /** {@code BANK} when both ends are accounts, {@code CHAIN} when both are wallets, else {@code CROSS}. */
    public String rail() {
        if (from instanceof AccountRef && to instanceof AccountRef) {
            return "BANK";
        }
        if (from instanceof WalletRef && to instanceof WalletRef) {
            return "CHAIN";
        }
        return "CROSS";
    }
}

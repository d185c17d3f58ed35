package org.flowtrace.samples.generator;

import org.flowtrace.graph.model.Sha256;

/**
 * The key flowtrace stores a ledger row under when the ledger has no id column, as ingest-jobs'
 * {@code LedgerRowProcessor} derives it: {@code ledger:} and the SHA-256 of from bank, from account,
 * to bank, to account, time (ISO instant), amount paid, its currency code, amount received and its
 * code (both empty when they equal the paid ones), payment format and reference, joined by U+001F.
 */
final class LedgerTransferKey {

    private LedgerTransferKey() {}

    static String of(
            String fromBank,
            String fromAccount,
            String toBank,
            String toAccount,
            String isoInstant,
            String paid,
            Currencies paidCurrency,
            String received,
            Currencies receivedCurrency,
            String format,
            String reference) {
        boolean same = paid.equals(received) && paidCurrency == receivedCurrency;
        return "ledger:"
                + Sha256.hex(String.join(
                        "\u001f",
                        fromBank,
                        fromAccount,
                        toBank,
                        toAccount,
                        isoInstant,
                        paid,
                        paidCurrency.name(),
                        same ? "" : received,
                        same ? "" : receivedCurrency.name(),
                        format,
                        reference));
    }
}

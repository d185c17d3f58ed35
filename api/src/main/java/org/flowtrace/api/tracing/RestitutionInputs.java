package org.flowtrace.api.tracing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.tracing.RecoveredAsset;
import org.flowtrace.analytics.tracing.VictimPayment;

/**
 * Reads the two input files of {@code flowtrace restitution} (layouts in docs/tracing.md):
 *
 * <ul>
 *   <li>victims: {@code victim,name,transfer} — one row per payment (a victim with several payments has
 *       several rows), {@code transfer} the payment's transfer id in the graph;
 *   <li>recovered assets: {@code endpoint,amount,currency,frozen_at[,usd_value]} — what was frozen or
 *       seized at an account or wallet key, when (ISO-8601 instant), and its USD value when the currency
 *       is not USD.
 * </ul>
 */
public final class RestitutionInputs {

    private RestitutionInputs() {}

    public static List<VictimPayment> victims(Path file) {
        var payments = new ArrayList<VictimPayment>();
        for (var row : CsvText.read(file)) {
            payments.add(new VictimPayment(
                    CsvText.required(row, "victim", file),
                    row.getOrDefault("name", ""),
                    CsvText.required(row, "transfer", file)));
        }
        if (payments.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no victim payment");
        }
        return payments;
    }

    public static List<RecoveredAsset> recovered(Path file) {
        var assets = new ArrayList<RecoveredAsset>();
        for (var row : CsvText.read(file)) {
            var amount = new BigDecimal(CsvText.required(row, "amount", file));
            var currency = CsvText.required(row, "currency", file).toUpperCase(Locale.ROOT);
            var usd = row.getOrDefault("usd_value", "");
            BigDecimal value;
            if (!usd.isBlank()) {
                value = new BigDecimal(usd);
            } else if (currency.equals("USD")) {
                value = amount;
            } else {
                throw new IllegalArgumentException(file.getFileName() + " line " + row.get("#line") + ": amount in "
                        + currency + " needs its usd_value");
            }
            assets.add(new RecoveredAsset(
                    CsvText.required(row, "endpoint", file),
                    amount.toPlainString() + " " + currency,
                    value.setScale(2, java.math.RoundingMode.HALF_EVEN),
                    Instant.parse(CsvText.required(row, "frozen_at", file))));
        }
        return assets;
    }
}

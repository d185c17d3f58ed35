package org.flowtrace.ingest.erc20;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.UsdValue;

/**
 * The USD value of a USD stablecoin amount at par (1 token = 1 USD, rate source
 * {@code stablecoin-par}), for ranking and statistics; the exact token amount stays the fact. Only
 * tokens the registry marks as USD-pegged are valued this way; no other token gets a guessed rate.
 */
public final class StablecoinPar {

    public static final String RATE_SOURCE = "stablecoin-par";

    private StablecoinPar() {}

    public static UsdValue value(Money money, Instant at) {
        return UsdValue.of(money, BigDecimal.ONE, RATE_SOURCE, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}

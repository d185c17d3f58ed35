package org.flowtrace.graph.fx;

import java.time.LocalDate;
import java.util.Objects;
import org.flowtrace.graph.model.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * A transfer without a USD value, with the rate stored for its asset and UTC day, if any.
 *
 * @param id the transfer id
 * @param amount its exact amount as stored (canonical string)
 * @param asset its asset code
 * @param day its UTC day
 * @param rate the stored rate for {@code day} and {@code asset}, or {@code null} when there is none
 */
public record UnvaluedTransfer(
        String id,
        String amount,
        String asset,
        LocalDate day,
        @Nullable Rate rate) {

    /**
     * A stored rate as it applies to this transfer.
     *
     * @param key the rate's key
     * @param usdPerUnit the exact rate as stored
     * @param source who published it
     * @param provenance where the rate was first read
     */
    public record Rate(String key, String usdPerUnit, String source, Provenance provenance) {}

    public UnvaluedTransfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(day, "day");
    }
}

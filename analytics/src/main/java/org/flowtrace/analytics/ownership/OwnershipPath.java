package org.flowtrace.analytics.ownership;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chain of stated interests from an owner down to the company, in order (the first hop's owner is
 * the beneficial owner, the last hop's subject the company).
 *
 * @param share the product of the shares along the chain (each bound separately); null for a chain of control
 * @param control whether the chain confers control (control interests and majority holdings) rather than shares
 */
public record OwnershipPath(
        List<StatedInterest> hops, @Nullable Share share, boolean control) {

    public OwnershipPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one hop");
        }
    }
}

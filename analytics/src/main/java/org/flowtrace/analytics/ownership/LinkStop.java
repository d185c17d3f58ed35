package org.flowtrace.analytics.ownership;

import java.util.Objects;

/**
 * A node {@link OperatorLinks} reached but did not search through: an exchange's custodial wallet, or a
 * hub with more transfers than {@link LinkParameters#maxDegree()}. A path may still end at it when a list
 * designates it.
 *
 * @param transfers its transfers in and out (the degree count)
 * @param reason why it was not searched through, e.g. {@code exchange (custodial wallet)}
 */
public record LinkStop(LinkNode node, long transfers, String reason) {

    public LinkStop {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(reason, "reason");
    }
}

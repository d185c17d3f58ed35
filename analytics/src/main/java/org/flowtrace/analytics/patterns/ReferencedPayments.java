package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transfers whose references name what a ransom is paid as, by transfer id, and the word list
 * ({@link RansomWords#description()}) they were read with.
 */
public record ReferencedPayments(Map<String, ReferencedPayment> byTransfer, String words) {

    /** No references read: the detector works by timing alone. */
    static final ReferencedPayments NONE = new ReferencedPayments(Map.of(), "none");

    public ReferencedPayments {
        byTransfer = Map.copyOf(byTransfer);
    }

    boolean isEmpty() {
        return byTransfer.isEmpty();
    }

    ReferencedPayment get(String transferId) {
        return byTransfer.get(transferId);
    }

    /**
     * What the references of these transfers name, then the references quoted, e.g.
     * {@code debt ("nợ"), release ("释放"): 'trả nợ cho Hùng', '释放手续费'}; empty when none names a word.
     */
    Optional<String> named(List<String> transferIds) {
        var meanings = new LinkedHashSet<String>();
        var quoted = new ArrayList<String>();
        for (var id : transferIds) {
            var payment = byTransfer.get(id);
            if (payment != null) {
                meanings.addAll(payment.meanings());
                quoted.add("'" + payment.reference() + "'");
            }
        }
        return meanings.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", meanings) + ": " + String.join(", ", quoted));
    }
}

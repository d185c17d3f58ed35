package org.flowtrace.analytics.patterns;

import java.util.List;

/** A payment whose reference names what a ransom is paid as ("debt", "释放", "tiket pulang"). */
public record ReferencedPayment(String reference, List<String> meanings) {

    public ReferencedPayment {
        meanings = List.copyOf(meanings);
    }
}

package org.flowtrace.analytics.tracing;

import java.util.Objects;

/**
 * Where a part of a balance came from. Traced sources are what a trace follows (a victim's payment,
 * the transfer a trace starts from); untraced money is either {@link #CLEAN} (anything else that
 * came in) or the {@link #OPENING} balance the trace had to assume because recorded outflows exceed
 * recorded inflows.
 *
 * @param id the transfer id of a traced source, or {@code clean} / {@code opening}
 * @param label what to call it in a schedule (a victim's id, a start transfer)
 */
public record Source(String id, String label, Kind kind) {

    /** Traced, clean (not traced) or an assumed opening balance (not traced). */
    public enum Kind {
        TRACED,
        CLEAN,
        OPENING
    }

    /** Money that entered from outside the trace: the account holder's or third parties', not traced. */
    public static final Source CLEAN = new Source("clean", "clean money (not traced)", Kind.CLEAN);

    /** An opening balance not in evidence, assumed to be the least that explains the recorded outflows. */
    public static final Source OPENING = new Source("opening", "assumed opening balance (not traced)", Kind.OPENING);

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    public static Source traced(String id, String label) {
        return new Source(id, label, Kind.TRACED);
    }

    public boolean isTraced() {
        return kind == Kind.TRACED;
    }
}

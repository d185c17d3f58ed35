package org.flowtrace.analytics.coercion;

/**
 * The indicators of a coerced worker, each with the weight it adds. Scores combine as independent
 * evidence, {@code 1 − Π (1 − weight)}: victim-like flows or a report naming the holder as a victim mark a
 * party alone (≥ 0.5); a batch opening and shared identifiers together do (0.51); a trafficking report
 * that merely names an account — the mule it is about — does not, nor does any weak indicator alone.
 * The weights are judgement, not fitted (docs/coerced-workers.md).
 */
public enum Indicator {
    /** Inflows from several unrelated one-off senders, forwarded wholly to operator endpoints. */
    VICTIM_FLOWS("victim money forwarded to the operator", 0.6),
    /** A report names the holder (or the account) as a victim. */
    NAMED_VICTIM("named as a victim in a report", 0.7),
    /** A report whose indicators or reason speak of trafficking or a missing person names it otherwise. */
    TRAFFICKING_REPORT("named in a report of trafficking or a missing person", 0.2),
    /** Opened at one bank within days of other accounts. */
    OPENED_IN_BATCH("opened in a batch", 0.3),
    /** Its holder shares a phone, e-mail or device with the holders of other accounts and wallets. */
    SHARED_IDENTIFIERS("controlled from shared identifiers", 0.3);

    private final String label;
    private final double weight;

    Indicator(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }
}

package org.flowtrace.samples.generator;

/**
 * What a planted pattern is. The laundering typologies follow the FATF and Egmont descriptions that
 * AMLworld (Altman et al., 2023) also plants, plus the ransom payments of scam compounds and the on-chain peel chains of scam proceeds; the
 * look-alikes are legitimate activity of the same shape, there to be told apart.
 */
enum Typology {
    FAN_IN(true),
    FAN_OUT(true),
    SCATTER_GATHER(true),
    GATHER_SCATTER(true),
    CYCLE(true),
    STACK(true),
    STRUCTURING(true),
    PASS_THROUGH(true),
    RANSOM(true),
    PEEL_CHAIN(true),
    PAYROLL(false),
    MERCHANT_BURST(false),
    FAMILY_REMITTANCE(false),
    EXCHANGE_PAYOUTS(false);

    private final boolean laundering;

    Typology(boolean laundering) {
        this.laundering = laundering;
    }

    boolean laundering() {
        return laundering;
    }
}

package org.flowtrace.graph.model;

/** Whether an asset is a fiat currency, a chain's native coin or a token issued by a contract. */
public enum AssetKind {
    FIAT,
    NATIVE_COIN,
    TOKEN
}

package org.flowtrace.graph.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact amount of one asset. Never a double: on-chain amounts exceed 64 bits (a raw 30-digit wei
 * value is common) and court figures must add up to the cent.
 *
 * <p>The compact constructor rejects amounts with more fractional digits than the asset has and
 * normalises the scale to exactly {@code asset.decimals()}, so equal amounts are equal records and
 * {@link #canonical()} is a stable string to store and hash.
 */
public record Money(BigDecimal amount, Asset asset) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(asset, "asset");
        var stripped = amount.stripTrailingZeros();
        if (stripped.scale() > asset.decimals()) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + asset.decimals()
                    + " decimals allowed for " + asset.code());
        }
        amount = amount.setScale(asset.decimals());
    }

    /** Parses a decimal string such as {@code "9400.50"}; rejects exponents, blanks and non-numbers. */
    public static Money parse(String amount, Asset asset) {
        var text = amount.strip();
        if (text.isEmpty() || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("not a plain decimal amount: '" + amount + "'");
        }
        return new Money(new BigDecimal(text), asset);
    }

    /** An on-chain integer amount in the asset's smallest unit (wei, sun, token base units). */
    public static Money ofRaw(BigInteger raw, Asset asset) {
        return new Money(new BigDecimal(raw, asset.decimals()), asset);
    }

    /** The amount in the asset's smallest unit; exact for every stored amount. */
    public BigInteger raw() {
        return amount.movePointRight(asset.decimals()).toBigIntegerExact();
    }

    /** The plain decimal string stored in the graph, always with {@code asset.decimals()} fractional digits. */
    public String canonical() {
        return amount.toPlainString();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameAsset(other);
        return new Money(amount.add(other.amount), asset);
    }

    public Money minus(Money other) {
        requireSameAsset(other);
        return new Money(amount.subtract(other.amount), asset);
    }

    public int compareTo(Money other) {
        requireSameAsset(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameAsset(Money other) {
        if (!asset.code().equals(other.asset.code())) {
            throw new IllegalArgumentException("cannot combine " + asset.code() + " with " + other.asset.code());
        }
    }

    @Override
    public String toString() {
        return canonical() + " " + asset.symbol();
    }
}

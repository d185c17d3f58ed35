package org.flowtrace.ingest.erc20;

import org.jspecify.annotations.Nullable;

/** Renders on-chain locators ({@code block N tx H log I}) from fields as written. */
public final class Locators {

    private Locators() {}

    /**
     * {@code block N tx H <unit> I} from the readable parts, numbers in decimal when they parse in
     * {@code radix} and as written otherwise; {@code position} alone when no part is present.
     */
    public static String of(
            String position,
            Radix radix,
            @Nullable String block,
            @Nullable String tx,
            String unit,
            @Nullable String index) {
        var text = new StringBuilder();
        if (block != null && !block.isBlank()) {
            text.append("block ").append(number(radix, block));
        }
        if (tx != null && !tx.isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append("tx ").append(tx.strip());
        }
        if (index != null && !index.isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append(unit).append(' ').append(number(radix, index));
        }
        return text.isEmpty() ? position : text.toString();
    }

    private static String number(Radix radix, String text) {
        try {
            return radix.parse(text).toString();
        } catch (NumberFormatException e) {
            return text.strip();
        }
    }
}

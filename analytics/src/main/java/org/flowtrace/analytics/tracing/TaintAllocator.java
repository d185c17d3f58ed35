package org.flowtrace.analytics.tracing;

import java.util.List;
import java.util.Locale;

/**
 * An allocation rule: how the money leaving an account is attributed to the sources that went into
 * it. One class per rule; each opens a fresh {@link AccountLedger} per account and replays that
 * account's transfers in time order. Definitions, sources and worked examples: {@code
 * docs/tracing.md}.
 */
public sealed interface TaintAllocator
        permits PoisonAllocator, HaircutAllocator, FifoAllocator, LifoAllocator, LibrAllocator {

    /** The rule's name on the command line: {@code poison}, {@code haircut}, {@code fifo}, {@code lifo}, {@code libr}. */
    String name();

    /** One sentence saying what the rule does, printed with every result. */
    String definition();

    /** A fresh ledger for one account; amounts are kept at {@code scale} decimals (2 for USD). */
    AccountLedger open(int scale);

    /** Whether the portions of a debit add up to it (every rule but poison, whose portions overlap). */
    default boolean additive() {
        return true;
    }

    /** The five rules, in the order the documentation gives them. */
    static List<TaintAllocator> all() {
        return List.of(
                new PoisonAllocator(),
                new HaircutAllocator(),
                new FifoAllocator(),
                new LifoAllocator(),
                new LibrAllocator());
    }

    /** The rule of that name (any case); unknown names are refused with the list of known ones. */
    static TaintAllocator named(String name) {
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(rule -> rule.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown allocation rule '" + name + "' (known: poison, haircut, fifo, lifo, libr)"));
    }
}

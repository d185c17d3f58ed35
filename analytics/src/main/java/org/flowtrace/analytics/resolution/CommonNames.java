package org.flowtrace.analytics.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which name tokens are common: the shipped list ({@code common-name-tokens.txt}: frequent surnames and
 * given names of the region, generic words of company names) plus the tokens that many parties in the
 * graph share (at least {@value #MIN_COUNT} parties and one in {@value #SHARE}). Two records agreeing
 * only on common tokens ({@code Nguyen Van An}) need corroboration (date of birth, an identifier) to be
 * linked; and common tokens are no blocking keys on their own.
 */
public final class CommonNames {

    static final int MIN_COUNT = 25;
    static final int SHARE = 2_000;

    private static final Set<String> SHIPPED = shipped();

    private final Set<String> common;

    private CommonNames(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The shipped list only. */
    public static CommonNames shippedList() {
        return new CommonNames(SHIPPED);
    }

    /** The shipped list and the tokens frequent among these parties. */
    public static CommonNames of(Collection<PartyProfile> parties) {
        var counts = new HashMap<String, Integer>();
        for (var party : parties) {
            var tokens = new HashSet<String>();
            party.names().forEach(name -> tokens.addAll(name.tokens()));
            tokens.forEach(token -> counts.merge(token, 1, Integer::sum));
        }
        int threshold = Math.max(MIN_COUNT, parties.size() / SHARE);
        var common = new HashSet<>(SHIPPED);
        counts.forEach((token, count) -> {
            if (count >= threshold) {
                common.add(token);
            }
        });
        return new CommonNames(common);
    }

    public boolean isCommon(String token) {
        return common.contains(token);
    }

    /** A name is common when it is a single token or all its tokens are common. */
    public boolean isCommon(PartyName name) {
        return name.tokens().size() <= 1 || name.tokens().stream().allMatch(this::isCommon);
    }

    private static Set<String> shipped() {
        var tokens = new HashSet<String>();
        try (var in = Objects.requireNonNull(
                        CommonNames.class.getResourceAsStream("common-name-tokens.txt"), "common-name-tokens.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(tokens::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

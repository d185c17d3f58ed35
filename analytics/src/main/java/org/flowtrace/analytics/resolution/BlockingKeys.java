package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The blocking keys of a party record (Christen, "Data Matching", Springer 2012, ch. 4): its canonical
 * identifiers, the distinctive (not {@link CommonNames common}) tokens of each name, every pair of its
 * tokens, the {@link PhoneticKey}s of its distinctive tokens of three letters or more, and the letters of
 * each name sorted (so that reordered and re-spaced names, {@code she zhijiang}, {@code zhijiang she} and
 * {@code she zhi jiang}, share one key). Two records that may name the same party share at least one
 * key; resolution compares only such records ({@link CandidateBlocker}), and screening looks a name up by
 * its keys.
 */
public final class BlockingKeys {

    private final CommonNames common;

    public BlockingKeys(CommonNames common) {
        this.common = common;
    }

    /** The keys of a party, distinct, in a stable order. */
    public List<String> of(PartyProfile party) {
        var keys = new LinkedHashSet<String>();
        for (var identifier : party.identifiers()) {
            keys.add("I:" + identifier.kind() + ":" + identifier.value());
        }
        for (var name : party.names()) {
            var tokens = name.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                var token = tokens.get(i);
                if (token.length() >= 2 && !common.isCommon(token)) {
                    keys.add("T:" + token);
                }
                for (int j = i + 1; j < Math.min(tokens.size(), 6); j++) {
                    var other = tokens.get(j);
                    keys.add("P:" + (token.compareTo(other) < 0 ? token + "|" + other : other + "|" + token));
                }
                var sound = name.phonetic().get(i);
                if (sound.length() >= 3 && !common.isCommon(token)) {
                    keys.add("S:" + sound);
                }
            }
            var letters = name.compact().toCharArray();
            Arrays.sort(letters);
            keys.add("L:" + new String(letters));
        }
        return new ArrayList<>(keys);
    }

    /**
     * A key hashed to 40 bits (FNV-1a, 64 bits, folded), to be packed with a record's index into one
     * {@code long}. A collision only merges two keys' records, which adds comparisons, never loses one.
     */
    public static long hash40(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return (hash ^ (hash >>> 40)) & ((1L << 40) - 1);
    }
}

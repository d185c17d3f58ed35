package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The blocking keys of a party record (Christen, "Data Matching", Springer 2012, ch. 4): its canonical
 * identifiers, the distinctive (not {@link CommonNames common}) tokens of each name, every pair of its
 * tokens (of a Chinese name also every pair of its syllables' spellings: {@code 陳國強} → {@code chan|kwok},
 * {@code tan|kok} …), the {@link PhoneticKey}s of its distinctive tokens of three letters or more, the
 * letters of each name sorted (so that reordered and re-spaced names, {@code she zhijiang},
 * {@code zhijiang she} and {@code she zhi jiang}, share one key), and pairs of its tokens'
 * {@link ConsonantSkeleton}s (so that a Thai or Khmer name meets its Latin spellings). Two records that may name the same party share at least one
 * key; resolution compares only such records ({@link CandidateBlocker}), and screening looks a name up by
 * its keys.
 */
public final class BlockingKeys {

    /** At most this many spellings of one Chinese syllable make pair keys. */
    static final int MAX_SPELLINGS = 8;

    private final CommonNames common;
    private final boolean skeletons;

    /** Keys with consonant-skeleton pairs (screening: a query may be in any script). */
    public BlockingKeys(CommonNames common) {
        this(common, true);
    }

    /**
     * @param skeletons whether names also key on pairs of their tokens' {@link ConsonantSkeleton}s, so that
     *     a name written in Thai or Khmer meets its Latin spellings; resolution asks for them only when
     *     some party's name is in one of those scripts, since every Latin name then needs them too
     */
    BlockingKeys(CommonNames common, boolean skeletons) {
        this.common = common;
        this.skeletons = skeletons;
    }

    /** Whether the name is written in a script whose spellings {@link ConsonantSkeleton}s bring together. */
    static boolean needsSkeletons(PartyName name) {
        return name.readings().stream().anyMatch(r -> !r.isEmpty() && !r.isSingleSlot());
    }

    /** The keys of a party, distinct, in a stable order. */
    public List<String> of(PartyProfile party) {
        var keys = new LinkedHashSet<String>();
        for (var identifier : party.identifiers()) {
            keys.add("I:" + identifier.kind() + ":" + identifier.value());
        }
        for (var name : party.names()) {
            var tokens = name.tokens();
            int paired = Math.min(tokens.size(), 6);
            for (int i = 0; i < tokens.size(); i++) {
                var token = tokens.get(i);
                if (token.length() >= 2 && !common.isCommon(token)) {
                    keys.add("T:" + token);
                }
                for (int j = i + 1; j < paired; j++) {
                    var other = tokens.get(j);
                    keys.add(pair(token, other));
                }
                var sound = name.phonetic().get(i);
                if (sound.length() >= 3 && !common.isCommon(token)) {
                    keys.add("S:" + sound);
                }
            }
            if (name.hasReadings()) {
                readingPairs(name, paired, keys);
            }
            if (skeletons) {
                skeletonPairs(name, paired, keys);
            }
            var letters = name.compact().toCharArray();
            Arrays.sort(letters);
            keys.add("L:" + new String(letters));
        }
        return new ArrayList<>(keys);
    }

    /**
     * A pair of tokens, in order; a pair of two common tokens is a weak key ({@code C:}), whose blocks
     * resolution caps lower ({@link #isWeak}).
     */
    private String pair(String a, String b) {
        var joined = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        return (common.isCommon(a) && common.isCommon(b) ? "C:" : "P:") + joined;
    }

    /** Pairs of the spellings of a Chinese name's syllables ({@code 陳國強} → {@code chan|kwok} …). */
    private void readingPairs(PartyName name, int paired, LinkedHashSet<String> keys) {
        for (int i = 0; i < paired; i++) {
            var first = spellings(name, i);
            for (int j = i + 1; j < paired; j++) {
                for (var a : first) {
                    for (var b : spellings(name, j)) {
                        keys.add(pair(a, b));
                    }
                }
            }
        }
    }

    private static List<String> spellings(PartyName name, int token) {
        var reading = name.reading(token);
        if (!reading.isSingleSlot()) {
            return List.of(name.tokens().get(token));
        }
        var spellings = reading.slots().getFirst();
        return spellings.subList(0, Math.min(MAX_SPELLINGS, spellings.size()));
    }

    /** Weak keys ({@code Q:}) of pairs of the tokens' consonant skeletons, of three classes or more together. */
    private static void skeletonPairs(PartyName name, int paired, LinkedHashSet<String> keys) {
        var tokens = name.tokens();
        var skeletons = new ArrayList<java.util.Set<String>>(paired);
        for (int i = 0; i < paired; i++) {
            skeletons.add(ConsonantSkeleton.of(tokens.get(i), name.reading(i)));
        }
        for (int i = 0; i < paired; i++) {
            for (int j = i + 1; j < paired; j++) {
                for (var a : skeletons.get(i)) {
                    for (var b : skeletons.get(j)) {
                        if (a.length() + b.length() >= 3 && !a.isEmpty() && !b.isEmpty()) {
                            keys.add("Q:" + (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a));
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether a key is weak: a pair of common tokens or of consonant skeletons, which many unrelated
     * parties share; resolution compares within a weak key's block only while it is small
     * ({@link CandidateBlocker}).
     */
    public static boolean isWeak(String key) {
        return key.startsWith("C:") || key.startsWith("Q:");
    }

    /**
     * A key hashed to 40 bits (FNV-1a, 64 bits, folded to 39, the top bit set for a {@link #isWeak weak}
     * key), to be packed with a record's index into one {@code long}. A collision only merges two keys'
     * records, which adds comparisons, never loses one.
     */
    public static long hash40(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        long folded = (hash ^ (hash >>> 39)) & ((1L << 39) - 1);
        return isWeak(key) ? folded | WEAK_BIT : folded;
    }

    /** The bit of {@link #hash40} that marks a weak key. */
    public static final long WEAK_BIT = 1L << 39;
}

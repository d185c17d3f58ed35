package org.flowtrace.analytics.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.flowtrace.analytics.resolution.BlockingKeys;
import org.flowtrace.analytics.resolution.CommonNames;
import org.flowtrace.analytics.resolution.Match;
import org.flowtrace.analytics.resolution.MatchScorer;
import org.flowtrace.analytics.resolution.PartyProfile;
import org.flowtrace.analytics.resolution.PartyType;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The public parties held in memory for screening, built from the graph once per process
 * ({@link #load}): each party's {@link BlockingKeys blocking keys} — the keys entity resolution blocks
 * on: identifiers, distinctive name tokens, token pairs, sound keys, sorted letters — hashed and packed
 * with the party's index into one sorted {@code long[]}, so that a lookup is a binary search per key of
 * the query, never a scan of all names. The parties sharing the most keys with the query (at most
 * {@value #MAX_CANDIDATES}; keys shared by more than {@value #MAX_POSTINGS} parties are too common to
 * look up) are scored with resolution's {@link MatchScorer} (Fellegi–Sunter: name similarity across
 * scripts, dates of birth, countries, identifiers), with the {@link CommonNames common name tokens} of
 * the public parties. The query's name is normalised once as a person's (titles dropped) and once as
 * an organisation's (legal forms dropped); each candidate is compared with the one of its type.
 *
 * <p>Immutable once built; lookups are thread-safe.
 */
public final class ScreeningIndex {

    static final int MAX_ENTRIES = 1 << 24;
    static final int MAX_POSTINGS = 5_000;
    static final int MAX_CANDIDATES = 300;
    private static final long ENTRY_MASK = MAX_ENTRIES - 1;

    private final List<String> publicRuns;
    private final ScreeningEntry[] entries;
    private final Map<String, Integer> byKey;
    private final long[] postings;
    private final BlockingKeys keys;
    private final MatchScorer scorer;
    private final ThreadLocal<int[]> votes;

    private ScreeningIndex(List<String> publicRuns, List<ScreeningEntry> entries) {
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " parties can be indexed");
        }
        this.publicRuns = List.copyOf(publicRuns);
        this.entries = entries.toArray(ScreeningEntry[]::new);
        this.byKey = new HashMap<>(entries.size() * 2);
        var common =
                CommonNames.of(entries.stream().map(ScreeningEntry::profile).toList());
        this.keys = new BlockingKeys(common);
        this.scorer = new MatchScorer(common);
        var packed = new long[Math.max(16, entries.size() * 8)];
        int size = 0;
        for (int i = 0; i < this.entries.length; i++) {
            byKey.put(this.entries[i].profile().key(), i);
            for (var key : keys.of(this.entries[i].profile())) {
                if (size == packed.length) {
                    packed = Arrays.copyOf(packed, packed.length + packed.length / 2);
                }
                packed[size++] = (BlockingKeys.hash40(key) << 24) | i;
            }
        }
        this.postings = Arrays.copyOf(packed, size);
        Arrays.parallelSort(this.postings);
        int n = this.entries.length;
        this.votes = ThreadLocal.withInitial(() -> new int[n]);
    }

    /** Reads the public parties of the graph ({@link PublicPartyReader}) and indexes them. */
    public static ScreeningIndex load(GraphConnection graph, PublicSources sources) {
        var runs = sources.runIds(graph);
        return new ScreeningIndex(runs, new PublicPartyReader(graph, runs).read());
    }

    /** An index of the given parties (tests and benchmarks); {@code publicRuns} as read from the graph. */
    static ScreeningIndex of(List<String> publicRuns, List<ScreeningEntry> entries) {
        return new ScreeningIndex(publicRuns, entries);
    }

    /** How many public parties the index holds. */
    public int size() {
        return entries.length;
    }

    /** The ingest runs of public sources at the time the index was built: what screening may read. */
    List<String> publicRuns() {
        return publicRuns;
    }

    Optional<ScreeningEntry> entry(String partyKey) {
        var index = byKey.get(partyKey);
        return index == null ? Optional.empty() : Optional.of(entries[index]);
    }

    /** The parties matching the query at or above {@code minScore}, best first. */
    List<NameHit> search(ScreeningQuery query, double minScore) {
        return search(query.profile(PartyType.PERSON), query.profile(PartyType.ORGANISATION), e -> true, minScore);
    }

    /** The designated party that the given (not designated) party most likely is, by name and what else both state. */
    Optional<NameHit> designatedMatch(ScreeningEntry party, double minScore) {
        var profile = party.profile();
        return search(profile, profile, e -> e.designated() && e != party, minScore).stream()
                .findFirst();
    }

    private List<NameHit> search(
            PartyProfile asPerson, PartyProfile asOrganisation, Predicate<ScreeningEntry> wanted, double minScore) {
        var queryKeys = new LinkedHashSet<String>(keys.of(asPerson));
        queryKeys.addAll(keys.of(asOrganisation));
        var count = votes.get();
        var touched = new int[64];
        int touchedSize = 0;
        for (var key : queryKeys) {
            long hash = BlockingKeys.hash40(key);
            int from = lowerBound(hash << 24, false);
            int to = lowerBound((hash << 24) | ENTRY_MASK, true);
            if (to - from > MAX_POSTINGS) {
                continue;
            }
            for (int p = from; p < to; p++) {
                int entry = (int) (postings[p] & ENTRY_MASK);
                if (count[entry]++ == 0) {
                    if (touchedSize == touched.length) {
                        touched = Arrays.copyOf(touched, touchedSize * 2);
                    }
                    touched[touchedSize++] = entry;
                }
            }
        }
        var candidates = mostVoted(touched, touchedSize, count, MAX_CANDIDATES);
        for (int i = 0; i < touchedSize; i++) {
            count[touched[i]] = 0;
        }
        var hits = new ArrayList<NameHit>();
        for (int candidate : candidates) {
            var entry = entries[candidate];
            if (!wanted.test(entry)) {
                continue;
            }
            var match = score(asPerson, asOrganisation, entry.profile(), minScore);
            match.filter(m -> m.score() >= minScore).ifPresent(m -> hits.add(new NameHit(entry, m)));
        }
        hits.sort(Comparator.comparingDouble((NameHit h) -> -h.score())
                .thenComparing(h -> h.entry().profile().key()));
        return hits;
    }

    /**
     * The {@code limit} entries with the most votes, ties to the lowest entry, in no particular order:
     * votes are small counts (one per query key), so a count of each tally finds the lowest tally that
     * makes the cut, and only the entries tied at it are sorted.
     */
    static int[] mostVoted(int[] touched, int size, int[] votes, int limit) {
        if (size <= limit) {
            return Arrays.copyOf(touched, size);
        }
        int most = 0;
        for (int i = 0; i < size; i++) {
            most = Math.max(most, votes[touched[i]]);
        }
        var perTally = new int[most + 1];
        for (int i = 0; i < size; i++) {
            perTally[votes[touched[i]]]++;
        }
        int cut = most;
        int above = 0;
        while (above + perTally[cut] < limit) {
            above += perTally[cut];
            cut--;
        }
        var chosen = new int[limit];
        var tied = new int[perTally[cut]];
        int n = 0;
        int t = 0;
        for (int i = 0; i < size; i++) {
            int entry = touched[i];
            if (votes[entry] > cut) {
                chosen[n++] = entry;
            } else if (votes[entry] == cut) {
                tied[t++] = entry;
            }
        }
        Arrays.sort(tied);
        System.arraycopy(tied, 0, chosen, n, limit - n);
        return chosen;
    }

    /**
     * The query compared with a candidate of its type; a party of unknown type with the better of both. A
     * candidate that cannot reach {@code minScore} whatever its names ({@link MatchScorer#canReach}) is not
     * compared by name.
     */
    private Optional<Match> score(
            PartyProfile asPerson, PartyProfile asOrganisation, PartyProfile candidate, double minScore) {
        return switch (candidate.type()) {
            case PERSON -> scored(asPerson, candidate, minScore);
            case ORGANISATION -> scored(asOrganisation, candidate, minScore);
            case UNKNOWN -> {
                var person = scored(asPerson, candidate, minScore);
                var organisation = scored(asOrganisation, candidate, minScore);
                yield person.isPresent()
                                && person.get().score()
                                        >= organisation.map(Match::score).orElse(0.0)
                        ? person
                        : organisation;
            }
        };
    }

    private Optional<Match> scored(PartyProfile query, PartyProfile candidate, double minScore) {
        return scorer.canReach(query, candidate, minScore) ? scorer.score(query, candidate) : Optional.empty();
    }

    /**
     * The first position whose posting is at least {@code value} ({@code after}: above it). Postings of
     * one key hash are contiguous, whatever the sign the hash gives them.
     */
    private int lowerBound(long value, boolean after) {
        int low = 0;
        int high = postings.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (postings[mid] < value || (after && postings[mid] == value)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

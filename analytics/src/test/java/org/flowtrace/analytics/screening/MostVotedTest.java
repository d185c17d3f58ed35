package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link ScreeningIndex#mostVoted} picks the same candidates as sorting all of them by votes, then entry. */
class MostVotedTest {

    @Test
    void the_cut_equals_a_full_sort_by_votes_then_entry_over_random_tallies() {
        var random = new Random(20261129);
        for (int round = 0; round < 500; round++) {
            int entries = 1 + random.nextInt(5_000);
            var votes = new int[entries];
            var touched = IntStream.range(0, entries)
                    .filter(e -> random.nextInt(3) > 0)
                    .toArray();
            shuffle(touched, random);
            for (int e : touched) {
                votes[e] = 1 + random.nextInt(1 + random.nextInt(30));
            }
            int limit = 1 + random.nextInt(400);

            var expected = Arrays.stream(touched)
                    .boxed()
                    .sorted(Comparator.comparingInt((Integer e) -> -votes[e]).thenComparingInt(e -> e))
                    .limit(limit)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .toArray();
            var chosen = ScreeningIndex.mostVoted(touched, touched.length, votes, limit);

            assertThat(Arrays.stream(chosen).sorted().toArray()).isEqualTo(expected);
        }
    }

    @Test
    void fewer_candidates_than_the_limit_are_all_taken() {
        var votes = new int[] {0, 3, 1, 2};
        assertThat(ScreeningIndex.mostVoted(new int[] {3, 1, 2}, 3, votes, 300)).containsExactly(3, 1, 2);
    }

    private static void shuffle(int[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}

package org.flowtrace.analytics.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.SplittableRandom;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** Resolution's own Jaro–Winkler and edit distance give the values of Apache Commons Text. */
class JaroWinklerTest {

    @Test
    void gives_commons_texts_jaro_winkler_and_levenshtein_values_for_name_tokens() {
        var random = new SplittableRandom(20261129);
        var tokens = new ArrayList<String>();
        for (var words : new String[][] {SyntheticNames.SURNAMES, SyntheticNames.SYLLABLES, SyntheticNames.WORDS}) {
            tokens.addAll(java.util.List.of(words));
        }
        for (var pair : LabelledPairs.load().pairs()) {
            for (var profile : java.util.List.of(pair.left(), pair.right())) {
                profile.names().forEach(name -> tokens.addAll(name.tokens()));
            }
        }
        var commonsJaroWinkler = new JaroWinklerSimilarity();
        var commonsLevenshtein = LevenshteinDistance.getDefaultInstance();
        for (int n = 0; n < 200_000; n++) {
            var a = tokens.get(random.nextInt(tokens.size()));
            var b = random.nextInt(4) == 0
                    ? a.substring(0, random.nextInt(a.length() + 1)) + "x"
                    : tokens.get(random.nextInt(tokens.size()));
            assertThat(JaroWinkler.similarity(a, b))
                    .as("%s ~ %s", a, b)
                    .isCloseTo(commonsJaroWinkler.apply(a, b), within(1e-12));
            assertThat(NameSimilarity.editDistance(a, b)).as("%s ~ %s", a, b).isEqualTo(commonsLevenshtein.apply(a, b));
        }
    }
}

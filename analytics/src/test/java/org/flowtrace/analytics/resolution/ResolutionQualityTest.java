package org.flowtrace.analytics.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the matcher at the default threshold over the hand-labelled pairs in
 * {@code resolution/labelled-pairs.tsv}; the figures and every misjudged pair go to
 * {@code target/resolution-quality.md} (and docs/benchmarks.md).
 */
class ResolutionQualityTest {

    @Test
    void labelled_pairs_are_linked_with_precision_of_at_least_95_percent_and_recall_of_at_least_90_percent()
            throws IOException {
        var labelled = LabelledPairs.load();
        var scorer = new MatchScorer(CommonNames.of(labelled.profiles()));
        double threshold = ResolutionParameters.DEFAULTS.threshold();
        var all = new Tally();
        var bySet = new java.util.LinkedHashMap<String, Tally>();
        var misjudged = new ArrayList<String>();
        var scores = new ArrayList<double[]>();
        var byCategory = new TreeMap<String, int[]>();
        for (var pair : labelled.pairs()) {
            var match = scorer.score(pair.left(), pair.right());
            double score = match.map(Match::score).orElse(0.0);
            boolean linked = score >= threshold;
            scores.add(new double[] {score, pair.same() ? 1 : 0});
            var counts = byCategory.computeIfAbsent(pair.category(), k -> new int[2]);
            counts[1]++;
            if (linked == pair.same()) {
                counts[0]++;
            }
            all.add(linked, pair.same());
            bySet.computeIfAbsent(pair.set(), k -> new Tally()).add(linked, pair.same());
            if (linked != pair.same()) {
                misjudged.add(String.format(
                        Locale.ROOT,
                        "| %d | %s | %s | %s | %s | %.3f | %s |",
                        pair.line(),
                        pair.set(),
                        pair.same() ? "missed" : "false link",
                        pair.left().names().isEmpty()
                                ? ""
                                : pair.left().names().getFirst().written(),
                        pair.right().names().isEmpty()
                                ? ""
                                : pair.right().names().getFirst().written(),
                        score,
                        String.join(
                                "; ", match.map(Match::reasons).orElse(java.util.List.of("person and organisation")))));
            }
        }
        double precision = all.precision();
        double recall = all.recall();
        var report = report(threshold, all, bySet, byCategory, misjudged) + curve(scores);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/resolution-quality.md"), report);
        System.out.println(report);

        assertThat(labelled.pairs()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(precision).as(report).isGreaterThanOrEqualTo(0.95);
        // The target, recall >= 0.90 at precision >= 0.95, over all pairs; measured (docs/benchmarks.md) with
        // matcher version 3: 0.904 over all, 0.908 on the first set, 0.875 on the pairs held out while tuning.
        assertThat(recall).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(bySet.get(LabelledPairs.FIRST_SET).recall()).as(report).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void the_cheap_first_pass_never_drops_a_pair_that_would_be_linked() {
        var labelled = LabelledPairs.load();
        var scorer = new MatchScorer(CommonNames.of(labelled.profiles()));
        int dropped = 0;
        for (var pair : labelled.pairs()) {
            double score =
                    scorer.score(pair.left(), pair.right()).map(Match::score).orElse(0.0);
            for (double threshold : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
                boolean reachable = scorer.canReach(pair.left(), pair.right(), threshold);
                assertThat(!reachable && score >= threshold)
                        .as("line %d at %.2f: score %.3f", pair.line(), threshold, score)
                        .isFalse();
                dropped += reachable ? 0 : 1;
            }
        }
        assertThat(dropped).as("the first pass drops some pairs").isPositive();
    }

    /** Precision and recall at other thresholds, to show where the default stands. */
    private static String curve(java.util.List<double[]> scores) {
        var out = new StringBuilder("\n| threshold | precision | recall |\n|---:|---:|---:|\n");
        for (double t : new double[] {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
            int linkedSame = 0;
            int linked = 0;
            int same = 0;
            for (var s : scores) {
                boolean link = s[0] >= t;
                boolean isSame = s[1] > 0;
                linked += link ? 1 : 0;
                same += isSame ? 1 : 0;
                linkedSame += link && isSame ? 1 : 0;
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %.2f | %.3f | %.3f |%n",
                    t,
                    linked == 0 ? 0 : (double) linkedSame / linked,
                    (double) linkedSame / same));
        }
        return out.toString();
    }

    private static String report(
            double threshold,
            Tally all,
            Map<String, Tally> bySet,
            Map<String, int[]> byCategory,
            java.util.List<String> misjudged) {
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%d labelled pairs, threshold %.2f: %d true links, %d false links, %d missed, %d kept apart%n"
                        + "precision %.3f, recall %.3f%n%n",
                all.pairs(),
                threshold,
                all.tp,
                all.fp,
                all.fn,
                all.tn,
                all.precision(),
                all.recall()));
        out.append("| set | pairs | true links | false links | missed | kept apart | precision | recall |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        bySet.forEach((set, t) -> out.append(t.row(set)));
        out.append(all.row("all"));
        out.append("\n| category | judged right | pairs |\n|---|---:|---:|\n");
        byCategory.forEach(
                (category, counts) -> out.append("| %s | %d | %d |%n".formatted(category, counts[0], counts[1])));
        out.append("\n| line | set | error | left | right | score | reasons |\n|---:|---|---|---|---|---:|---|\n");
        misjudged.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Links made and missed over some pairs. */
    private static final class Tally {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean linked, boolean same) {
            if (linked && same) {
                tp++;
            } else if (linked) {
                fp++;
            } else if (same) {
                fn++;
            } else {
                tn++;
            }
        }

        int pairs() {
            return tp + fp + fn + tn;
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        String row(String set) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d | %d | %.3f | %.3f |%n",
                    set,
                    pairs(),
                    tp,
                    fp,
                    fn,
                    tn,
                    precision(),
                    recall());
        }
    }
}

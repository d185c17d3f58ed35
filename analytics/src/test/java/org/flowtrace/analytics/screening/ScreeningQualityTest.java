package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.resolution.LabelledPairs;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of screening over resolution's hand-labelled pairs
 * ({@code resolution/labelled-pairs.tsv}): every right-hand record is indexed, as if it were on a list;
 * each left-hand record is screened as a customer's details (first name, first date of birth, first
 * country, a registration when it has one), and its pair counts as found when its right-hand record is
 * hit at or above the threshold. Unlike resolution, screening goes through the index's blocking, so a
 * pair whose records share no blocking key is missed. Figures to {@code target/screening-quality.md}.
 */
class ScreeningQualityTest {

    @Test
    void labelled_pairs_are_found_through_the_index_with_precision_and_recall_no_lower_than_measured()
            throws IOException {
        var labelled = LabelledPairs.load();
        var entries = labelled.pairs().stream()
                .map(p -> new ScreeningEntry(
                        p.right(), List.of(new Designation("test", p.right().key(), null, null))))
                .toList();
        var index = ScreeningIndex.of(List.of(), entries);
        var report = new StringBuilder("| threshold | precision | recall | pairs |\n|---:|---:|---:|---:|\n");
        double[] at = new double[2];
        for (double threshold : new double[] {0.5, 0.8}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (var pair : labelled.pairs()) {
                boolean found = index.search(query(pair.leftWritten()), threshold).stream()
                        .anyMatch(h ->
                                h.entry().profile().key().equals(pair.right().key()));
                if (found && pair.same()) {
                    tp++;
                } else if (found) {
                    fp++;
                } else if (pair.same()) {
                    fn++;
                }
            }
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = (double) tp / (tp + fn);
            report.append(String.format(
                    Locale.ROOT,
                    "| %.2f | %.3f | %.3f | %d |%n",
                    threshold,
                    precision,
                    recall,
                    labelled.pairs().size()));
            at[threshold < 0.6 ? 0 : 1] = recall;
            if (threshold >= 0.8) {
                assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(0.95);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/screening-quality.md"), report);
        System.out.println(report);
        // measured 2026-11-29 (docs/benchmarks.md); floors keep them from slipping
        assertThat(at[0]).as(report.toString()).isGreaterThanOrEqualTo(0.81);
        assertThat(at[1]).as(report.toString()).isGreaterThanOrEqualTo(0.72);
    }

    private static ScreeningQuery query(LabelledPairs.Written left) {
        var registration = left.ids().stream()
                .filter(id -> id.startsWith("REG:"))
                .map(id -> id.substring(4))
                .findFirst()
                .orElse(null);
        return new ScreeningQuery(
                left.names().isEmpty() ? "?" : left.names().getFirst(),
                first(left.countries()),
                first(left.births()),
                null,
                registration);
    }

    private static @org.jspecify.annotations.Nullable String first(List<String> values) {
        return values.isEmpty() ? null : values.getFirst();
    }
}

package org.flowtrace.samples.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes the compounds' files of the formats asked for — the one place where each compound format is
 * switched on ({@link DataSetFormat}) — and names what it wrote, relative to the data set's folder.
 */
final class CompoundFiles {

    /** What was written: {@code null} (or an empty list) for a format left out. */
    record Written(
            @Nullable List<String> goaml,
            @Nullable List<String> camt053,
            @Nullable String bods,
            @Nullable String designations) {

        /** Every file written, relative to the data set's folder. */
        List<String> paths() {
            var paths = new ArrayList<String>();
            if (goaml != null) {
                paths.addAll(goaml);
            }
            if (camt053 != null) {
                paths.addAll(camt053);
            }
            if (bods != null) {
                paths.add(bods);
            }
            if (designations != null) {
                paths.add(designations);
            }
            return paths;
        }
    }

    private final Population population;
    private final CompoundPlan plan;
    private final LocalDateTime start;
    private final int days;

    CompoundFiles(Population population, CompoundPlan plan, LocalDateTime start, int days) {
        this.population = population;
        this.plan = plan;
        this.start = start;
        this.days = days;
    }

    Written write(Path out, Set<DataSetFormat> formats) throws IOException {
        return new Written(
                formats.contains(DataSetFormat.GOAML)
                        ? new GoamlReportWriter(population, plan, start).write(out)
                        : null,
                formats.contains(DataSetFormat.CAMT053)
                        ? new CamtStatementWriter(population, plan, start, days).write(out)
                        : null,
                formats.contains(DataSetFormat.BODS)
                        ? new BodsWriter(
                                        plan.compounds(),
                                        start.toLocalDate(),
                                        start.toLocalDate().plusDays(days))
                                .write(out)
                        : null,
                formats.contains(DataSetFormat.DESIGNATIONS)
                        ? new DesignationsWriter(plan.compounds()).write(out)
                        : null);
    }
}

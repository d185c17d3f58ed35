package org.flowtrace.samples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompoundCaseTest {

    private static final Path SOURCE = Path.of("src/main/resources/ledgers/compound-case");

    @Test
    void every_evidence_file_of_the_case_is_extracted_byte_for_byte(@TempDir Path dir) throws IOException {
        CompoundCase.extractTo(dir);
        for (var file : CompoundCase.FILES) {
            assertThat(Files.mismatch(SOURCE.resolve(file.path()), dir.resolve(file.path())))
                    .as(file.path())
                    .isEqualTo(-1);
        }
    }

    @Test
    void the_list_names_every_data_file_of_the_case() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            var onDisk = files.filter(Files::isRegularFile)
                    .map(f -> SOURCE.relativize(f).toString())
                    .filter(f -> !f.startsWith("tools/"))
                    .sorted()
                    .toList();
            assertThat(CompoundCase.FILES.stream()
                            .map(CompoundCase.CaseFile::path)
                            .sorted()
                            .toList())
                    .isEqualTo(onDisk);
        }
    }
}

package org.flowtrace.api.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    @TempDir
    Path folder;

    private Path write(int entries) throws Exception {
        var file = folder.resolve("audit.jsonl");
        try (var log = new AuditLog(file)) {
            for (int i = 1; i <= entries; i++) {
                log.append("ana", List.of("ANALYST"), "127.0.0.1", "read", "GET", "/api/v1/elements", "q=" + i, 200);
            }
        }
        return file;
    }

    @Test
    void entries_are_chained_and_read_newest_first_across_restarts() throws Exception {
        var file = write(3);
        try (var log = new AuditLog(file)) {
            log.append("adm", List.of("ADMIN"), "127.0.0.1", "admin", "GET", "/api/v1/audit", null, 200);

            var page = log.page(0, 2);
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items()).extracting(AuditEntry::seq).containsExactly(4L, 3L);
            assertThat(page.items().getFirst().user()).isEqualTo("adm");
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.verify().lines()).isEqualTo(4);
        }
    }

    @Test
    void an_edited_line_breaks_the_chain_at_the_line_after_it() throws Exception {
        var file = write(4);
        var lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"ana\"", "\"someone-else\""));
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (var log = new AuditLog(file)) {
            var check = log.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.firstBrokenLine()).isEqualTo(3);
        }
    }

    @Test
    void a_removed_line_breaks_the_chain() throws Exception {
        var file = write(4);
        var lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(2);
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (var log = new AuditLog(file)) {
            assertThat(log.verify().firstBrokenLine()).isEqualTo(3);
        }
    }

    @Test
    void exports_screenings_and_changes_are_told_apart_from_reads() {
        assertThat(AuditFilter.action("GET", "/api/v1/cases/c1/pack", "format=html"))
                .isEqualTo("export");
        assertThat(AuditFilter.action("GET", "/api/v1/traces", "from=x&format=csv"))
                .isEqualTo("export");
        assertThat(AuditFilter.action("GET", "/api/v1/traces", "from=x&format=json"))
                .isEqualTo("read");
        assertThat(AuditFilter.action("POST", "/api/v1/screening", null)).isEqualTo("screening");
        assertThat(AuditFilter.action("POST", "/api/v1/cases", null)).isEqualTo("change");
        assertThat(AuditFilter.action("GET", "/api/v1/audit", null)).isEqualTo("admin");
    }
}

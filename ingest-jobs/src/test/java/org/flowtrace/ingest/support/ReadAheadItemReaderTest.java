package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.core.io.FileSystemResource;

class ReadAheadItemReaderTest {

    @TempDir
    Path dir;

    @Test
    void hands_over_every_line_in_file_order() throws Exception {
        var reader = new ReadAheadItemReader<>(lines(file(1_000)), 10);
        reader.open(new ExecutionContext());
        var read = readAll(reader);
        reader.close();
        assertThat(read).containsExactlyElementsOf(numbers(1, 1_000));
    }

    @Test
    void the_saved_position_counts_the_lines_handed_over_not_those_read_ahead() throws Exception {
        var file = file(100);
        var reader = new ReadAheadItemReader<>(lines(file), 50);
        reader.open(new ExecutionContext());
        for (int i = 0; i < 20; i++) {
            reader.read();
        }
        Thread.sleep(100);
        var saved = new ExecutionContext();
        reader.update(saved);
        reader.close();

        var restarted = new ReadAheadItemReader<>(lines(file), 50);
        restarted.open(saved);
        var rest = readAll(restarted);
        restarted.close();
        assertThat(rest).containsExactlyElementsOf(numbers(21, 100));
    }

    @Test
    void a_line_that_does_not_parse_fails_in_its_place_and_reading_goes_on() throws Exception {
        var file = dir.resolve("bad.txt");
        Files.writeString(file, "1\n2\nthree\n4\n");
        var reader = new ReadAheadItemReader<>(numbersIn(file), 2);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isEqualTo("1");
        assertThat(reader.read()).isEqualTo("2");
        assertThatThrownBy(reader::read).hasMessageContaining("three");
        assertThat(reader.read()).isEqualTo("4");
        assertThat(reader.read()).isNull();
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void closing_before_the_end_stops_the_reading_thread() throws Exception {
        var reader = new ReadAheadItemReader<>(lines(file(10_000)), 5);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isEqualTo("1");
        reader.close();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().equals("lines-read-ahead"));
    }

    private Path file(int lines) throws IOException {
        var file = dir.resolve("lines-" + lines + ".txt");
        Files.write(file, numbers(1, lines));
        return file;
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    private static FlatFileItemReader<String> lines(Path file) {
        return new FlatFileItemReaderBuilder<String>()
                .name("lines")
                .resource(new FileSystemResource(file))
                .lineMapper((line, number) -> line)
                .saveState(true)
                .build();
    }

    private static FlatFileItemReader<String> numbersIn(Path file) {
        return new FlatFileItemReaderBuilder<String>()
                .name("numbers")
                .resource(new FileSystemResource(file))
                .lineMapper((line, number) -> {
                    if (!line.chars().allMatch(Character::isDigit)) {
                        throw new IllegalArgumentException("not a number: " + line);
                    }
                    return line;
                })
                .saveState(true)
                .build();
    }

    private static List<String> readAll(ReadAheadItemReader<String> reader) throws Exception {
        var read = new ArrayList<String>();
        for (String line = reader.read(); line != null; line = reader.read()) {
            read.add(line);
        }
        return read;
    }
}

package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.core.io.FileSystemResource;

class ProcessAheadItemProcessorTest {

    @TempDir
    Path dir;

    /** Doubles a number, refuses 13, filters out 7, and notes which thread did each item how often. */
    private static final class Doubling implements ItemProcessor<String, Integer> {

        final ConcurrentHashMap<String, String> threads = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public @Nullable Integer process(String line) {
            calls.incrementAndGet();
            threads.put(line, Thread.currentThread().getName());
            return switch (line) {
                case "13" -> throw new IllegalArgumentException("unlucky: " + line);
                case "7" -> null;
                default -> 2 * Integer.parseInt(line);
            };
        }
    }

    @Test
    void processes_each_record_once_on_the_reading_thread_and_hands_outcomes_over_in_file_order() throws Exception {
        var file = dir.resolve("numbers.txt");
        Files.write(
                file, IntStream.rangeClosed(1, 500).mapToObj(Integer::toString).toList());
        var doubling = new Doubling();
        var processor = new ProcessAheadItemProcessor<>(doubling);
        var reader = new ReadAheadItemReader<>(
                new FlatFileItemReaderBuilder<String>()
                        .name("numbers")
                        .resource(new FileSystemResource(file))
                        .lineMapper((line, number) -> line)
                        .saveState(true)
                        .build(),
                16,
                processor::prepare);
        reader.open(new ExecutionContext());
        var outcomes = new ArrayList<String>();
        for (String line = reader.read(); line != null; line = reader.read()) {
            try {
                outcomes.add(String.valueOf(processor.process(line)));
            } catch (IllegalArgumentException e) {
                outcomes.add(e.getMessage());
            }
        }
        reader.close();

        var expected = IntStream.rangeClosed(1, 500)
                .mapToObj(n -> n == 13 ? "unlucky: 13" : n == 7 ? "null" : Integer.toString(2 * n))
                .toList();
        assertThat(outcomes).containsExactlyElementsOf(expected);
        assertThat(doubling.calls).hasValue(500);
        assertThat(doubling.threads.values()).containsOnly("numbers-read-ahead");
    }

    @Test
    void an_item_without_a_prepared_outcome_is_processed_on_the_calling_thread() throws Exception {
        var doubling = new Doubling();
        var processor = new ProcessAheadItemProcessor<>(doubling);
        var item = new String("21");
        processor.prepare(item);
        assertThat(processor.process(item)).isEqualTo(42);
        assertThat(processor.process(item))
                .as("processed again, e.g. after a failed write")
                .isEqualTo(42);
        assertThat(doubling.calls).hasValue(2);
        assertThat(doubling.threads).containsEntry("21", Thread.currentThread().getName());
        assertThatThrownBy(() -> processor.process("13")).hasMessage("unlucky: 13");
    }

    @Test
    void outcomes_belong_to_the_very_record_read_not_to_an_equal_one() throws Exception {
        var processor = new ProcessAheadItemProcessor<>(new Doubling());
        var first = new String("5");
        var second = new String("5");
        processor.prepare(first);
        processor.prepare(second);
        assertThat(List.of(processor.process(second), processor.process(first))).containsExactly(10, 10);
    }

    @Test
    void the_delegate_is_never_called_from_two_threads_at_once() throws Exception {
        var inside = new AtomicInteger();
        var overlaps = new AtomicInteger();
        var processor = new ProcessAheadItemProcessor<String, String>(item -> {
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.sleep(1);
            inside.decrementAndGet();
            return item;
        });
        var ahead = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 200; i++) {
                processor.prepare("ahead-" + i);
            }
        });
        for (int i = 0; i < 200; i++) {
            assertThat(processor.process("step-" + i)).isEqualTo("step-" + i);
        }
        ahead.join();
        assertThat(overlaps).hasValue(0);
    }
}

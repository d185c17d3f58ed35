package org.flowtrace.ingest.fxrates;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * Reads an fx-rates CSV as {@link FxRateRow}s after its header: UTF-8 with or without a byte-order
 * mark, LF or CRLF line ends, RFC 4180 quoting (a quoted source may contain commas). Restartable: its
 * position is saved under the stable name {@code fx-rates-csv} at every chunk.
 */
final class FxRateCsvReader {

    private FxRateCsvReader() {}

    static FlatFileItemReader<FxRateRow> create(MeteredFile file) {
        var tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setStrict(false);
        return new FlatFileItemReaderBuilder<FxRateRow>()
                .name("fx-rates-csv")
                .resource(file)
                .encoding(StandardCharsets.UTF_8.name())
                .linesToSkip(1)
                .lineMapper((line, lineNumber) -> new FxRateRow(
                        lineNumber, Arrays.asList(tokenizer.tokenize(line).getValues())))
                .strict(true)
                .saveState(true)
                .build();
    }
}

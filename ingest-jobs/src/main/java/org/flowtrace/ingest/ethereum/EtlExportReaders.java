package org.flowtrace.ingest.ethereum;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

/**
 * Line readers of ethereum-etl exports: JSON lines, and CSV with a header. Restartable: the line
 * position is saved under the reader's name at every chunk. A line that does not parse (a truncated
 * last line, a short CSV row) becomes a failure record naming its line, so the rest still loads.
 */
public final class EtlExportReaders {

    private static final char BOM = '\uFEFF';

    private EtlExportReaders() {}

    public static FlatFileItemReader<EvmExportRecord> jsonLines(String name, MeteredFile file) {
        return new FlatFileItemReaderBuilder<EvmExportRecord>()
                .name(name)
                .resource(file)
                .encoding(StandardCharsets.UTF_8.name())
                .lineMapper((line, lineNumber) -> EtlRecords.ofJsonLine(stripBom(line, lineNumber), lineNumber))
                .saveState(true)
                .build();
    }

    public static FlatFileItemReader<EvmExportRecord> csv(
            String name, MeteredFile file, Path path, EvmExportFormat format) {
        var header = ExportSniffer.csvHeader(ExportSniffer.firstLine(path)).toArray(String[]::new);
        var tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setNames(header);
        tokenizer.setStrict(true);
        return new FlatFileItemReaderBuilder<EvmExportRecord>()
                .name(name)
                .resource(file)
                .encoding(StandardCharsets.UTF_8.name())
                .linesToSkip(1)
                .lineMapper((line, lineNumber) -> {
                    if (line.isBlank()) {
                        return new EvmExportRecord.Other("line " + lineNumber, "blank line");
                    }
                    try {
                        return EtlRecords.ofCsvRow(format, tokenizer.tokenize(line), lineNumber);
                    } catch (IncorrectTokenCountException e) {
                        return new EvmExportRecord.Failure(
                                "line " + lineNumber,
                                "expected " + e.getExpectedCount() + " fields, found " + e.getActualCount()
                                        + " (truncated row?)");
                    }
                })
                .saveState(true)
                .build();
    }

    private static String stripBom(String line, int lineNumber) {
        return lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
    }
}

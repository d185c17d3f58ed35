package org.flowtrace.ingest.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a comma-separated file one line per record with Spring Batch's RFC 4180 tokenizer: UTF-8 with
 * or without a byte-order mark, LF or CRLF, blank lines and a DOS end-of-file byte (0x1A, as OFAC's
 * downloads end) ignored, a header line skipped when asked. Restartable: the count of rows handed out
 * is saved under the reader's name at every chunk.
 */
public final class CsvRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final MeteredFile file;
    private final boolean header;
    private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(",");
    private @Nullable BufferedReader lines;
    private int lineNumber;

    public CsvRowReader(String name, MeteredFile file, boolean header) {
        this.file = file;
        this.header = header;
        tokenizer.setStrict(false);
        setName(name);
    }

    @Override
    protected void doOpen() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        lines = new BufferedReader(new InputStreamReader(file.getInputStream(), decoder));
        lineNumber = 0;
        if (header) {
            nextLine();
        }
    }

    @Override
    protected @Nullable CsvRow doRead() throws IOException {
        var line = nextLine();
        if (line == null) {
            return null;
        }
        return new CsvRow(lineNumber, Arrays.asList(tokenizer.tokenize(line).getValues()));
    }

    @Override
    protected void jumpToItem(int itemIndex) throws IOException {
        for (int i = 0; i < itemIndex; i++) {
            if (nextLine() == null) {
                return;
            }
        }
    }

    private @Nullable String nextLine() throws IOException {
        var reader = lines;
        if (reader == null) {
            throw new IllegalStateException("reader not opened");
        }
        while (true) {
            var line = reader.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank() && !line.strip().equals("\u001a")) {
                return line;
            }
        }
    }

    @Override
    protected void doClose() throws IOException {
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    /** Share of the file read so far, for progress. */
    public double fractionRead() {
        return file.fractionRead();
    }
}

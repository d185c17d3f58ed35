package org.flowtrace.ingest.sanctions;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams one repeated element of a list file with StAX, one element in memory at a time, and decodes
 * each into an entry. A subclass opens the parser and finds the next element; this class counts them
 * (the locator's index and the restart count) and turns a file that stops being well-formed into a
 * reject of the element the fault is in, with the parser's line and column, ending the read there.
 */
abstract class StreamedElementReader extends AbstractItemCountingItemStreamItemReader<SdnEntry> {

    protected final MeteredFile file;
    protected final String input;
    private final String path;
    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private int position;
    private boolean inElement;
    private boolean ended;

    /**
     * @param path the XPath of the repeated element, e.g. {@code /sdnList/sdnEntry}
     * @param name the key its read count is saved under
     */
    StreamedElementReader(MeteredFile file, String path, String name) {
        this.file = file;
        this.input = file.getPath();
        this.path = path;
        setName(name);
    }

    /** A parser over the file's stream, with DTDs and external entities off. */
    protected abstract XMLStreamReader open(InputStream in) throws Exception;

    /**
     * Moves the parser to the start of the next element to read.
     *
     * @return false when there is none
     */
    protected abstract boolean advance(XMLStreamReader reader) throws XMLStreamException;

    /** The entry of an element, its locator being {@code path[n]}. */
    protected abstract SdnEntry decode(XmlElement element, String locator);

    @Override
    protected void doOpen() throws Exception {
        in = file.getInputStream();
        xml = open(in);
        position = 0;
        ended = false;
    }

    @Override
    protected @Nullable SdnEntry doRead() {
        var element = next();
        return element == null ? null : decode(element, path + "[" + position + "]");
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && !ended; i++) {
            next();
        }
    }

    private @Nullable XmlElement next() {
        var reader = xml;
        if (reader == null || ended) {
            return null;
        }
        try {
            if (!advance(reader)) {
                ended = true;
                return null;
            }
            position++;
            inElement = true;
            var element = XmlElement.read(reader);
            inElement = false;
            return element;
        } catch (XMLStreamException e) {
            ended = true;
            var location = e.getLocation();
            throw new MalformedRecordException(
                    input,
                    path + "[" + (inElement ? position : position + 1) + "]",
                    null,
                    "not well-formed XML, nothing after it can be read"
                            + (location == null
                                    ? ""
                                    : " (line " + location.getLineNumber() + " column " + location.getColumnNumber()
                                            + ")"),
                    e);
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (xml != null) {
            xml.close();
            xml = null;
        }
        if (in != null) {
            in.close();
            in = null;
        }
    }

    double fractionRead() {
        return file.fractionRead();
    }
}

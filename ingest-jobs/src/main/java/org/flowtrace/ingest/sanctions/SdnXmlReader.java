package org.flowtrace.ingest.sanctions;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the {@code sdnEntry} elements of an {@code sdn.xml} with StAX (DTDs and external entities
 * off), one entry in memory at a time, each decoded by {@link SdnXmlDecoder}; locator
 * {@code /sdnList/sdnEntry[n] (uid U)}. A file that stops being well-formed rejects the entry the fault
 * is in, with the parser's line and column, and ends there. Restartable: the count of entries read is
 * saved under {@code ofac-sdn-xml}.
 */
final class SdnXmlReader extends AbstractItemCountingItemStreamItemReader<SdnEntry> {

    private final MeteredFile file;
    private final String input;
    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private int position;
    private boolean inEntry;
    private boolean ended;

    SdnXmlReader(MeteredFile file) {
        this.file = file;
        this.input = file.getPath();
        setName("ofac-sdn-xml");
    }

    @Override
    protected void doOpen() throws Exception {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        in = file.getInputStream();
        xml = factory.createXMLStreamReader(in);
        position = 0;
        ended = false;
    }

    @Override
    protected @Nullable SdnEntry doRead() {
        var entry = next();
        if (entry == null) {
            return null;
        }
        var uid = entry.text("uid");
        return SdnXmlDecoder.decode(
                input, entry, "/sdnList/sdnEntry[" + position + "]" + (uid == null ? "" : " (uid " + uid + ")"));
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && !ended; i++) {
            next();
        }
    }

    /** The next {@code sdnEntry} element, or {@code null} at the end. */
    private @Nullable XmlElement next() {
        var reader = xml;
        if (reader == null || ended) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && "sdnEntry".equals(reader.getLocalName())) {
                    position++;
                    inEntry = true;
                    var entry = XmlElement.read(reader);
                    inEntry = false;
                    return entry;
                }
            }
            ended = true;
            return null;
        } catch (XMLStreamException e) {
            ended = true;
            var location = e.getLocation();
            throw new MalformedRecordException(
                    input,
                    "/sdnList/sdnEntry[" + (inEntry ? position : position + 1) + "]",
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

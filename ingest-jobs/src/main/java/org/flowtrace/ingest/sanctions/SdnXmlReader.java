package org.flowtrace.ingest.sanctions;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;

/**
 * Streams the {@code sdnEntry} elements of an {@code sdn.xml} with StAX (DTDs and external entities
 * off), one entry in memory at a time, each decoded by {@link SdnXmlDecoder}; locator
 * {@code /sdnList/sdnEntry[n] (uid U)}. A file that stops being well-formed rejects the entry the fault
 * is in, with the parser's line and column, and ends there. Restartable: the count of entries read is
 * saved under {@code ofac-sdn-xml}.
 */
final class SdnXmlReader extends StreamedElementReader {

    SdnXmlReader(MeteredFile file) {
        super(file, "/sdnList/sdnEntry", "ofac-sdn-xml");
    }

    @Override
    protected XMLStreamReader open(InputStream in) throws XMLStreamException {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    @Override
    protected boolean advance(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && "sdnEntry".equals(reader.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected SdnEntry decode(XmlElement entry, String locator) {
        var uid = entry.text("uid");
        return SdnXmlDecoder.decode(input, entry, locator + (uid == null ? "" : " (uid " + uid + ")"));
    }
}

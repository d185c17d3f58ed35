package org.flowtrace.ingest.sanctions;

import java.io.InputStream;
import java.nio.file.Files;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@code sdn_advanced.xml} in two passes. The first ({@link SdnAdvancedIndex}) reads the
 * reference value sets, locations, identity documents, relationships and sanctions entries, skipping
 * the parties; the second streams the {@code DistinctParty} elements with StAX, one in memory at a
 * time, each decoded by {@link SdnAdvancedDecoder} against that index. The sanctions entries come
 * after the parties in the file, so joining them needs the first pass; holding every party instead
 * would keep the whole list in memory. Locator {@code /Sanctions/DistinctParties/DistinctParty[n]
 * (FixedRef F)}. Restartable: the count of parties read is saved under {@code ofac-sdn-advanced}; a
 * restart reads the index again and skips that many parties.
 */
final class SdnAdvancedReader extends StreamedElementReader {

    private @Nullable SdnAdvancedDecoder decoder;

    SdnAdvancedReader(MeteredFile file) {
        super(file, "/Sanctions/DistinctParties/DistinctParty", "ofac-sdn-advanced");
    }

    @Override
    protected XMLStreamReader open(InputStream in) throws Exception {
        var index =
                SdnAdvancedIndex.read(input, Files.newInputStream(file.getFile().toPath()));
        decoder = new SdnAdvancedDecoder(input, index);
        return SdnAdvancedIndex.factory().createXMLStreamReader(in);
    }

    /**
     * Moves to the next {@code DistinctParty}, descending into {@code Sanctions} and
     * {@code DistinctParties} and skipping everything else (the index pass has read it); a parse error
     * here means the file changed since the index pass.
     */
    @Override
    protected boolean advance(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT && "DistinctParties".equals(reader.getLocalName())) {
                return false;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "DistinctParty" -> {
                    return true;
                }
                case "Sanctions", "DistinctParties" -> {
                    // descend: the parties are inside
                }
                default -> SdnAdvancedIndex.skip(reader);
            }
        }
        return false;
    }

    @Override
    protected SdnEntry decode(XmlElement party, String locator) {
        if (decoder == null) {
            throw new IllegalStateException("reader not open");
        }
        var fixedRef = party.attribute("FixedRef");
        return decoder.decode(party, locator + (fixedRef == null ? "" : " (FixedRef " + fixedRef + ")"));
    }

    @Override
    protected void doClose() throws Exception {
        super.doClose();
        decoder = null;
    }
}

package org.flowtrace.ingest.sanctions;

import java.io.InputStream;
import java.nio.file.Files;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

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
final class SdnAdvancedReader extends AbstractItemCountingItemStreamItemReader<SdnEntry> {

    private static final String PARTIES = "/Sanctions/DistinctParties/DistinctParty";

    private final MeteredFile file;
    private final String input;
    private @Nullable SdnAdvancedDecoder decoder;
    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private int position;
    private boolean inParty;
    private boolean ended;

    SdnAdvancedReader(MeteredFile file) {
        this.file = file;
        this.input = file.getPath();
        setName("ofac-sdn-advanced");
    }

    @Override
    protected void doOpen() throws Exception {
        var index =
                SdnAdvancedIndex.read(input, Files.newInputStream(file.getFile().toPath()));
        decoder = new SdnAdvancedDecoder(input, index);
        in = file.getInputStream();
        xml = SdnAdvancedIndex.factory().createXMLStreamReader(in);
        position = 0;
        ended = false;
    }

    @Override
    protected @Nullable SdnEntry doRead() {
        var party = next();
        if (party == null) {
            return null;
        }
        var fixedRef = party.attribute("FixedRef");
        var locator = PARTIES + "[" + position + "]" + (fixedRef == null ? "" : " (FixedRef " + fixedRef + ")");
        if (decoder == null) {
            throw new IllegalStateException("reader not open");
        }
        return decoder.decode(party, locator);
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && !ended; i++) {
            next();
        }
    }

    /** The next {@code DistinctParty} element, or {@code null} after the last one. */
    private @Nullable XmlElement next() {
        var reader = xml;
        if (reader == null || ended) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT && "DistinctParties".equals(reader.getLocalName())) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "DistinctParty" -> {
                        position++;
                        inParty = true;
                        var party = XmlElement.read(reader);
                        inParty = false;
                        return party;
                    }
                    case "Sanctions", "DistinctParties" -> {
                        // descend: the parties are inside
                    }
                    default -> SdnAdvancedIndex.skip(reader);
                }
            }
            ended = true;
            return null;
        } catch (XMLStreamException e) {
            // the index pass read the whole file, so this is a file changed since: end here
            ended = true;
            var location = e.getLocation();
            throw new MalformedRecordException(
                    input,
                    PARTIES + "[" + (inParty ? position : position + 1) + "]",
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
        decoder = null;
    }

    double fractionRead() {
        return file.fractionRead();
    }
}

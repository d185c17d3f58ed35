package org.flowtrace.ingest.camt053;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams a camt.053 (or camt.054) file with StAX, one {@code Ntry} in memory at a time, and hands out
 * one {@link CamtRecord} per transaction detail. The statement header (Id, Acct …) precedes the entries
 * in every version, so it is collected first and attached to each record.
 *
 * <p>Restartable: the number of records handed out is saved under the stable name
 * {@code camt053-entries} at every chunk, and a restart skips that many records again.
 *
 * <p>XML that is not well-formed cannot be read past the fault: the record being read is rejected with
 * the parser's line, column and message, and the reader ends there, so everything before it loads.
 */
final class CamtEntryReader extends AbstractItemCountingItemStreamItemReader<CamtRecord> {

    static final String NAME = "camt053-entries";

    private final MeteredFile file;
    private final String source;
    private final CamtFormat format;
    private final String messagePath;
    private final ArrayDeque<CamtRecord> pending = new ArrayDeque<>();

    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private int depth;
    private int statementNumber;
    private int statementLine;
    private int entryNumber;
    private @Nullable List<XmlElement> header;
    private boolean finished;

    CamtEntryReader(MeteredFile file, String source, CamtFormat format) {
        this.file = file;
        this.source = source;
        this.format = format;
        this.messagePath = "/Document/" + format.kind().messageElement();
        setName(NAME);
    }

    @Override
    protected void doOpen() throws Exception {
        in = file.getInputStream();
        xml = CamtFormat.inputFactory().createXMLStreamReader(in);
        depth = 0;
        statementNumber = 0;
        entryNumber = 0;
        header = null;
        finished = false;
        pending.clear();
    }

    @Override
    protected @Nullable CamtRecord doRead() {
        if (pending.isEmpty() && !finished) {
            try {
                while (pending.isEmpty() && advance()) {
                    // each advance reads up to the next entry
                }
            } catch (XMLStreamException e) {
                finished = true;
                throw notWellFormed(e);
            }
        }
        return pending.poll();
    }

    @Override
    protected void doClose() throws Exception {
        try {
            if (xml != null) {
                xml.close();
            }
        } finally {
            if (in != null) {
                in.close();
            }
            xml = null;
            in = null;
        }
    }

    /** Reads events up to the end of the next entry (true) or of the document (false). */
    private boolean advance() throws XMLStreamException {
        var reader = xml;
        if (reader == null) {
            throw new IllegalStateException("camt reader used before it was opened");
        }
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                var name = reader.getLocalName();
                if (depth == 3 && name.equals(format.kind().reportElement())) {
                    statementNumber++;
                    statementLine = reader.getLocation().getLineNumber();
                    entryNumber = 0;
                    header = new ArrayList<>();
                } else if (depth == 4 && header != null) {
                    var element = XmlElement.read(reader);
                    depth--;
                    if (name.equals("Ntry")) {
                        entryNumber++;
                        queue(element);
                        return true;
                    }
                    header.add(element);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 3) {
                    header = null;
                }
                depth--;
            }
        }
        finished = true;
        return false;
    }

    private void queue(XmlElement entry) {
        var statement =
                new XmlElement(format.kind().reportElement(), Map.of(), "", List.copyOf(header()), statementLine);
        var statementPath = messagePath + "/" + format.kind().reportElement() + "[" + statementNumber + "]";
        var entryPath = statementPath + "/Ntry[" + entryNumber + "]";
        var details = new ArrayList<XmlElement>();
        var paths = new ArrayList<String>();
        var detailGroups = entry.children("NtryDtls");
        for (int group = 0; group < detailGroups.size(); group++) {
            var transactions = detailGroups.get(group).children("TxDtls");
            for (int i = 0; i < transactions.size(); i++) {
                details.add(transactions.get(i));
                paths.add(entryPath + "/NtryDtls[" + (group + 1) + "]/TxDtls[" + (i + 1) + "]");
            }
        }
        if (details.isEmpty()) {
            pending.add(new CamtRecord(format, statement, statementPath, entry, entryNumber, null, 1, 0, entryPath));
            return;
        }
        for (int i = 0; i < details.size(); i++) {
            pending.add(new CamtRecord(
                    format,
                    statement,
                    statementPath,
                    entry,
                    entryNumber,
                    details.get(i),
                    i + 1,
                    details.size(),
                    paths.get(i)));
        }
    }

    private List<XmlElement> header() {
        if (header == null) {
            throw new IllegalStateException("entry outside a statement");
        }
        return header;
    }

    private MalformedRecordException notWellFormed(XMLStreamException e) {
        var location = e.getLocation();
        var message = String.valueOf(e.getMessage());
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        var path = header != null
                ? messagePath + "/" + format.kind().reportElement() + "[" + statementNumber + "]/Ntry["
                        + (entryNumber + 1) + "]"
                : messagePath;
        var locator = location == null ? path : path + " (line " + location.getLineNumber() + ")";
        var where = location == null
                ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return new MalformedRecordException(
                source,
                locator,
                null,
                "XML not well-formed" + where + ": " + message.strip() + "; the rest of the file cannot be read");
    }
}

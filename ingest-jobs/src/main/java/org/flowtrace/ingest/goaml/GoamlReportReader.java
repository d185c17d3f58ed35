package org.flowtrace.ingest.goaml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.validation.ValidatorHandler;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Locator2;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Streams the {@code <report>}s of a goAML file one at a time with StAX — never more than one report in
 * memory — validating each against the schema while it is read and handing it on as a small DOM. The
 * job reads it ahead of the step ({@link GoamlIngestJob#READ_AHEAD} reports at most, through
 * {@link org.flowtrace.ingest.support.ReadAheadItemReader}), so that parsing and validating overlap
 * binding and writing.
 *
 * <p>Restartable: the number of items read is saved under the stable name {@code goaml-reports} at
 * every chunk; a restarted step skips that many top-level elements (without validating them) and goes on.
 * XML that stops being well-formed mid-file (a cut or corrupted file) rejects the report being read, with
 * the parser's line and column, and ends the file: what was read before it stays loaded.
 */
final class GoamlReportReader extends AbstractItemCountingItemStreamItemReader<ReportElement> {

    /** Elements whose position is always written in locators, as they repeat. */
    private static final Set<String> ALWAYS_INDEXED = Set.of("transaction", "party", "report_party");

    /** The JDK's own factory, made once: looking one up scans every jar of the class path. */
    private final SAXTransformerFactory transformers = (SAXTransformerFactory) TransformerFactory.newDefaultInstance();

    private final MeteredFile file;
    private final String source;
    private final GoamlSchema schema;
    private final GoamlFileLayout layout;
    private @Nullable InputStream in;
    private @Nullable XMLStreamReader xml;
    private @Nullable ValidatorHandler validator;
    private int reportIndex;
    private boolean done;
    private boolean singleReportRead;
    /** Whether the reader is inside a report (for the locator of a parse error). */
    private boolean inReport;

    GoamlReportReader(MeteredFile file, String source, GoamlSchema schema, GoamlFileLayout layout) {
        this.file = file;
        this.source = source;
        this.schema = schema;
        this.layout = layout;
        setName("goaml-reports");
    }

    @Override
    protected void doOpen() throws Exception {
        in = new BufferedInputStream(file.getInputStream(), 1 << 16);
        xml = GoamlFileLayout.inputFactory().createXMLStreamReader(in);
        GoamlFileLayout.toNextElement(xml);
        validator = schema.schema().newValidatorHandler();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reportIndex = 0;
        done = false;
        singleReportRead = false;
    }

    @Override
    protected @Nullable ReportElement doRead() {
        if (done) {
            return null;
        }
        var stream = stream();
        try {
            if (!toNextItem(stream)) {
                return null;
            }
            if (!GoamlFileLayout.isReport(stream, schema.targetNamespace())) {
                var unexpected = GoamlFileLayout.describe(stream);
                var line = stream.getLocation().getLineNumber();
                skipElement(stream);
                throw new MalformedRecordException(
                        source,
                        "after /report[" + reportIndex + "]",
                        null,
                        "line " + line + ": unexpected element " + unexpected + " between reports");
            }
            reportIndex++;
            return readReport(stream);
        } catch (XMLStreamException e) {
            done = true;
            var locator = inReport ? "/report[" + reportIndex + "]" : "after /report[" + reportIndex + "]";
            throw new MalformedRecordException(
                    source,
                    locator,
                    null,
                    "not well-formed XML " + GoamlFileLayout.where(e) + ": " + GoamlFileLayout.message(e)
                            + "; the rest of the file cannot be read",
                    e);
        } finally {
            inReport = false;
        }
    }

    /** Moves to the start tag of the next item; false at the end of the reports. */
    private boolean toNextItem(XMLStreamReader stream) throws XMLStreamException {
        if (layout == GoamlFileLayout.SINGLE_REPORT) {
            if (singleReportRead) {
                done = true;
                return false;
            }
            singleReportRead = true;
            return true;
        }
        if (!GoamlFileLayout.toNextChildElement(stream)) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        var stream = stream();
        for (int i = 0; i < itemIndex; i++) {
            if (!toNextItem(stream)) {
                return;
            }
            if (GoamlFileLayout.isReport(stream, schema.targetNamespace())) {
                reportIndex++;
            }
            skipElement(stream);
        }
    }

    private ReportElement readReport(XMLStreamReader stream) throws XMLStreamException {
        inReport = true;
        long line = stream.getLocation().getLineNumber();
        var handler = validator();
        var violations = new Violations();
        var dom = new DOMResult();
        try {
            var builder = transformers.newTransformerHandler();
            builder.setResult(dom);
            handler.setContentHandler(builder);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML transformer is misconfigured", e);
        }
        handler.setErrorHandler(violations);
        handler.setDocumentLocator(new StreamLocator(stream));
        try {
            handler.startDocument();
            pump(stream, handler, violations);
            handler.endDocument();
        } catch (SAXException e) {
            violations.add(e.getMessage(), stream.getLocation().getLineNumber());
        }
        var document = (Document) dom.getNode();
        return new ReportElement(reportIndex, line, document.getDocumentElement(), violations.found);
    }

    /** Feeds the report's subtree, from its start tag to its end tag, to the validator as SAX events. */
    private void pump(XMLStreamReader stream, ValidatorHandler handler, Violations violations)
            throws XMLStreamException, SAXException {
        int depth = 0;
        int event = stream.getEventType();
        while (true) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    violations.enter(stream.getLocalName(), depth == 1 ? reportIndex : 0);
                    for (int i = 0; i < stream.getNamespaceCount(); i++) {
                        handler.startPrefixMapping(nonNull(stream.getNamespacePrefix(i)), stream.getNamespaceURI(i));
                    }
                    handler.startElement(
                            nonNull(stream.getNamespaceURI()),
                            stream.getLocalName(),
                            qualified(stream.getPrefix(), stream.getLocalName()),
                            attributes(stream));
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    handler.endElement(
                            nonNull(stream.getNamespaceURI()),
                            stream.getLocalName(),
                            qualified(stream.getPrefix(), stream.getLocalName()));
                    for (int i = 0; i < stream.getNamespaceCount(); i++) {
                        handler.endPrefixMapping(nonNull(stream.getNamespacePrefix(i)));
                    }
                    violations.leave();
                    depth--;
                    if (depth == 0) {
                        return;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    handler.characters(stream.getTextCharacters(), stream.getTextStart(), stream.getTextLength());
                default -> {
                    // comments and processing instructions carry no report data
                }
            }
            event = stream.next();
        }
    }

    private static AttributesImpl attributes(XMLStreamReader stream) {
        var attributes = new AttributesImpl();
        for (int i = 0; i < stream.getAttributeCount(); i++) {
            var name = stream.getAttributeName(i);
            attributes.addAttribute(
                    nonNull(name.getNamespaceURI()),
                    name.getLocalPart(),
                    qualified(name.getPrefix(), name.getLocalPart()),
                    "CDATA",
                    stream.getAttributeValue(i));
        }
        return attributes;
    }

    private static void skipElement(XMLStreamReader stream) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = stream.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    @Override
    protected void doClose() throws Exception {
        try {
            if (xml != null) {
                xml.close();
            }
        } finally {
            xml = null;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    in = null;
                }
            }
        }
    }

    private XMLStreamReader stream() {
        if (xml == null) {
            throw new IllegalStateException("goAML reader used before it was opened");
        }
        return xml;
    }

    private ValidatorHandler validator() {
        if (validator == null) {
            throw new IllegalStateException("goAML reader used before it was opened");
        }
        return validator;
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String qualified(@Nullable String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** The validator's position: the line the stream is on. */
    private record StreamLocator(XMLStreamReader stream) implements Locator2 {
        @Override
        public String getXMLVersion() {
            return "1.0";
        }

        @Override
        public @Nullable String getEncoding() {
            return null;
        }

        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public @Nullable String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return stream.getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return stream.getLocation().getColumnNumber();
        }
    }

    /**
     * Collects the validator's findings, each with the XPath-like locator of the element being read. A
     * bad value is reported by the validator as two errors (the facet or datatype, then the element's
     * type); they are kept as one.
     */
    private static final class Violations implements ErrorHandler {

        private final List<SchemaViolation> found = new ArrayList<>();
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Map<String, Integer>> siblings = new ArrayDeque<>();

        void enter(String name, int reportIndex) {
            String step;
            if (reportIndex > 0) {
                step = name + "[" + reportIndex + "]";
            } else {
                var counts = siblings.isEmpty() ? new HashMap<String, Integer>() : siblings.peek();
                int position = counts.merge(name, 1, Integer::sum);
                step = position > 1 || ALWAYS_INDEXED.contains(name) ? name + "[" + position + "]" : name;
            }
            path.push(step);
            siblings.push(new HashMap<>());
        }

        void leave() {
            path.pop();
            siblings.pop();
        }

        String locator() {
            var builder = new StringBuilder();
            var steps = new ArrayList<>(path);
            for (int i = steps.size() - 1; i >= 0; i--) {
                builder.append('/').append(steps.get(i));
            }
            return builder.toString();
        }

        void add(@Nullable String message, long line) {
            var text = String.valueOf(message);
            var locator = locator();
            boolean codeList = text.startsWith("cvc-enumeration-valid");
            if (!found.isEmpty() && isTypeCompanion(text)) {
                if (found.getLast().locator().equals(locator)) {
                    return;
                }
            }
            found.add(new SchemaViolation(locator, line, text, codeList));
        }

        private static boolean isTypeCompanion(String text) {
            return text.startsWith("cvc-type.3.1.3")
                    || text.startsWith("cvc-attribute.3")
                    || text.startsWith("cvc-complex-type.2.2");
        }

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            add(e.getMessage(), e.getLineNumber());
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e.getMessage(), e.getLineNumber());
        }
    }
}

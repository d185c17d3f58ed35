package org.flowtrace.ingest.goaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.SourceFormatException;
import org.jspecify.annotations.Nullable;

/**
 * How a goAML file holds its reports: a single {@code <report>} as the root element, or any wrapper
 * element whose children are {@code <report>}s. Detecting it reads only up to the first report, so a
 * file that is not goAML (empty, not XML, another root element, the wrong namespace) fails fast before
 * any job starts.
 */
enum GoamlFileLayout {
    SINGLE_REPORT,
    WRAPPED_REPORTS;

    static final String REPORT = "report";

    /** Detects the layout, or throws {@link SourceFormatException} saying why the file is not goAML. */
    static GoamlFileLayout detect(Path file, @Nullable String namespace) {
        var source = file.toString();
        try {
            if (Files.size(file) == 0 || isBlank(file)) {
                throw new SourceFormatException(source, "empty file: no goAML report");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            var xml = inputFactory().createXMLStreamReader(in);
            try {
                toNextElement(xml);
                if (isReport(xml, namespace)) {
                    return SINGLE_REPORT;
                }
                var root = describe(xml);
                if (REPORT.equals(xml.getLocalName())) {
                    throw new SourceFormatException(
                            source, "not a goAML report: root element " + root + " " + expected(namespace));
                }
                if (!toNextChildElement(xml)) {
                    throw new SourceFormatException(
                            source, "not a goAML file: root element " + root + " holds no <report>");
                }
                if (isReport(xml, namespace)) {
                    return WRAPPED_REPORTS;
                }
                throw new SourceFormatException(
                        source,
                        "not a goAML file: root element " + root + " holds " + describe(xml) + ", expected <report> "
                                + expected(namespace));
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceFormatException(source, "not well-formed XML " + where(e) + ": " + message(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isBlank(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            var buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (!Character.isWhitespace(buffer[i]) && buffer[i] != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** A StAX factory that never reads a DTD or an external entity (reports are untrusted input). */
    static XMLInputFactory inputFactory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    static boolean isReport(XMLStreamReader xml, @Nullable String namespace) {
        return REPORT.equals(xml.getLocalName())
                && Objects.equals(emptyToNull(xml.getNamespaceURI()), emptyToNull(namespace));
    }

    /** Advances to the next start tag; throws when the document ends first. */
    static void toNextElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new XMLStreamException("the document has no element");
    }

    /**
     * From a start tag, advances to its next child start tag and returns true, or to its end tag and
     * returns false. Text between children is passed over.
     */
    static boolean toNextChildElement(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    static String describe(XMLStreamReader xml) {
        var namespace = xml.getNamespaceURI();
        return "<" + xml.getLocalName() + ">"
                + (namespace == null || namespace.isEmpty() ? "" : " in namespace '" + namespace + "'");
    }

    private static String expected(@Nullable String namespace) {
        return namespace == null ? "(goAML reports are in no namespace)" : "in namespace '" + namespace + "'";
    }

    static String where(XMLStreamException e) {
        var location = e.getLocation();
        return location == null
                ? "(position unknown)"
                : "at line " + location.getLineNumber() + " column " + location.getColumnNumber();
    }

    /** The parser's message without the location prefix it sometimes repeats. */
    static String message(XMLStreamException e) {
        var text = String.valueOf(e.getMessage());
        int marker = text.indexOf("Message: ");
        return marker >= 0 ? text.substring(marker + "Message: ".length()).strip() : text.strip();
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

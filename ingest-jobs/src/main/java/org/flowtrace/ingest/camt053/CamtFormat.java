package org.flowtrace.ingest.camt053;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.SourceFormatException;

/**
 * Which ISO 20022 bank-to-customer message a file holds, read from its root element and default
 * namespace ({@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.08}) before any job starts.
 *
 * <p>Accepted: camt.053 statements and camt.054 debit/credit notifications, versions 001.02 to 001.13.
 * Their entries ({@code Ntry}) share the elements read here; where versions differ (a status code
 * directly or under {@code Cd}, parties directly or under {@code Pty}, {@code BIC}/{@code BICFI}/
 * {@code BICOrBEI}/{@code AnyBIC}) the mapping reads both spellings. Anything else fails fast with the
 * namespace found.
 *
 * @param kind statement or notification
 * @param version the message version, e.g. 8 for {@code 001.08}
 */
record CamtFormat(Kind kind, int version) {

    static final int OLDEST = 2;
    static final int NEWEST = 13;

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.05[34])\\.001\\.(\\d{2})");

    /** The two message kinds and their element names. */
    enum Kind {
        STATEMENT("camt.053", "BkToCstmrStmt", "Stmt"),
        NOTIFICATION("camt.054", "BkToCstmrDbtCdtNtfctn", "Ntfctn");

        private final String message;
        private final String messageElement;
        private final String reportElement;

        Kind(String message, String messageElement, String reportElement) {
            this.message = message;
            this.messageElement = messageElement;
            this.reportElement = reportElement;
        }

        /** The element under {@code Document}: {@code BkToCstmrStmt} … */
        String messageElement() {
            return messageElement;
        }

        /** The repeated element holding one account's entries: {@code Stmt} or {@code Ntfctn}. */
        String reportElement() {
            return reportElement;
        }

        static Kind of(String message) {
            return message.equals(STATEMENT.message) ? STATEMENT : NOTIFICATION;
        }
    }

    /** The message identifier, e.g. {@code camt.053.001.08}. */
    String message() {
        return "%s.001.%02d".formatted(kind.message, version);
    }

    /** Detects the format of {@code file}; throws {@link SourceFormatException} for anything else. */
    static CamtFormat detect(Path file) {
        var source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (isBlank(file)) {
                throw new SourceFormatException(source, "empty file: not a camt.053 statement");
            }
            var xml = inputFactory().createXMLStreamReader(in);
            try {
                var root = firstElement(xml, source);
                var namespace = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
                var matcher = NAMESPACE.matcher(namespace);
                if (!matcher.matches() || !"Document".equals(root.getLocalName())) {
                    throw new SourceFormatException(
                            source,
                            "not a camt.053 statement: root element " + root.getLocalName() + " in namespace '"
                                    + namespace + "' (accepted: Document in " + accepted() + ")");
                }
                int version = Integer.parseInt(matcher.group(2));
                var format = new CamtFormat(Kind.of(matcher.group(1)), version);
                if (version < OLDEST || version > NEWEST) {
                    throw new SourceFormatException(
                            source,
                            "unsupported version: namespace '" + namespace + "' (accepted: " + accepted() + ")");
                }
                var message = firstElement(xml, source);
                if (!format.kind.messageElement.equals(message.getLocalName())) {
                    throw new SourceFormatException(
                            source,
                            "not a " + format.message() + " message: Document holds " + message.getLocalName()
                                    + " instead of " + format.kind.messageElement);
                }
                return format;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceFormatException(source, "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String accepted() {
        return "urn:iso:std:iso:20022:tech:xsd:camt.053.001.%02d to .%02d, or camt.054 of those versions"
                .formatted(OLDEST, NEWEST);
    }

    private static XMLStreamReader firstElement(XMLStreamReader xml, String source) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new SourceFormatException(source, "a DOCTYPE is not accepted in a camt message");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return xml;
            }
        }
        throw new SourceFormatException(source, "no XML element found: not a camt.053 statement");
    }

    private static boolean isBlank(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            int b;
            while ((b = in.read()) >= 0) {
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A StAX factory safe for untrusted files: no DTDs, no external entities (XXE), and namespace
     * awareness on.
     */
    static XMLInputFactory inputFactory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    @Override
    public String toString() {
        return message().toLowerCase(Locale.ROOT);
    }
}

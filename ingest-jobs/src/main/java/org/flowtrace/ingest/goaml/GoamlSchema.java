package org.flowtrace.ingest.goaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.flowtrace.ingest.SourceFormatException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A compiled goAML schema: the one an FIU publishes (given by path), or flowtrace's own structural
 * schema {@code goaml-structure.xsd} when none is given. FIU schemas write their {@code xs:pattern}s in
 * .NET style; every pattern is rewritten by {@link XsdPatternNormaliser} before compiling, and a pattern
 * that still cannot be read as an XML Schema regular expression is ignored, with a warning naming it.
 */
final class GoamlSchema {

    private static final Logger log = LoggerFactory.getLogger(GoamlSchema.class);

    static final String XSD_NS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** The bundled structural schema, on the class path beside this class. */
    static final String BUNDLED = "goaml-structure.xsd";

    private final Schema schema;
    private final String description;
    private final @Nullable String targetNamespace;
    private final List<String> ignoredPatterns;

    private GoamlSchema(
            Schema schema, String description, @Nullable String targetNamespace, List<String> ignoredPatterns) {
        this.schema = schema;
        this.description = description;
        this.targetNamespace = targetNamespace;
        this.ignoredPatterns = List.copyOf(ignoredPatterns);
    }

    /** flowtrace's structural schema of a goAML 5.0.x report (no FIU code lists). */
    static GoamlSchema bundled() {
        URL url = Objects.requireNonNull(GoamlSchema.class.getResource(BUNDLED), BUNDLED + " on the class path");
        try (var in = url.openStream()) {
            return load(in, url.toString(), "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled " + BUNDLED, e);
        }
    }

    /** An FIU's schema file. */
    static GoamlSchema of(Path xsd) {
        var file = xsd.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new SourceFormatException(file.toString(), "no such goAML schema file");
        }
        try (var in = Files.newInputStream(file)) {
            return load(in, file.toUri().toString(), file.toString());
        } catch (IOException e) {
            throw new SourceFormatException(file.toString(), "cannot read the goAML schema: " + e.getMessage(), e);
        }
    }

    private static GoamlSchema load(InputStream in, String systemId, String description) {
        Document document = parse(in, systemId, description);
        var ignored = normalisePatterns(document);
        for (var pattern : ignored) {
            log.warn(
                    "goAML schema {}: pattern '{}' has no XML Schema equivalent; it is not checked",
                    description,
                    pattern);
        }
        var factory = schemaFactory();
        try {
            var schema = factory.newSchema(new DOMSource(document, systemId));
            var target = document.getDocumentElement().getAttribute("targetNamespace");
            return new GoamlSchema(schema, description, target.isEmpty() ? null : target, ignored);
        } catch (SAXException e) {
            throw new SourceFormatException(description, "not a usable XML Schema: " + e.getMessage(), e);
        }
    }

    /** Rewrites every {@code xs:pattern} in place; returns the patterns that had to be dropped. */
    private static List<String> normalisePatterns(Document document) {
        var verdicts = new LinkedHashMap<String, Optional<String>>();
        var ignored = new ArrayList<String>();
        var patterns = document.getElementsByTagNameNS(XSD_NS, "pattern");
        var toRemove = new ArrayList<Element>();
        for (int i = 0; i < patterns.getLength(); i++) {
            var facet = (Element) patterns.item(i);
            var original = facet.getAttribute("value");
            var normalised = verdicts.computeIfAbsent(original, GoamlSchema::normaliseAndCheck);
            if (normalised.isEmpty()) {
                toRemove.add(facet);
                if (!ignored.contains(original)) {
                    ignored.add(original);
                }
            } else {
                facet.setAttribute("value", normalised.get());
            }
        }
        for (var facet : toRemove) {
            facet.getParentNode().removeChild(facet);
        }
        return ignored;
    }

    /** The normalised pattern if XML Schema accepts it. */
    private static Optional<String> normaliseAndCheck(String pattern) {
        return XsdPatternNormaliser.normalise(pattern).filter(GoamlSchema::compiles);
    }

    /** Whether a standard validator compiles the pattern (tried in a one-type schema). */
    static boolean compiles(String pattern) {
        try {
            var document = documentBuilderFactory().newDocumentBuilder().newDocument();
            var root = document.createElementNS(XSD_NS, "xs:schema");
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xs", XSD_NS);
            document.appendChild(root);
            var type = document.createElementNS(XSD_NS, "xs:simpleType");
            type.setAttribute("name", "t");
            root.appendChild(type);
            var restriction = document.createElementNS(XSD_NS, "xs:restriction");
            restriction.setAttribute("base", "xs:string");
            type.appendChild(restriction);
            var facet = document.createElementNS(XSD_NS, "xs:pattern");
            facet.setAttribute("value", pattern);
            restriction.appendChild(facet);
            schemaFactory().newSchema(new DOMSource(document));
            return true;
        } catch (SAXException e) {
            return false;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is misconfigured", e);
        }
    }

    private static Document parse(InputStream in, String systemId, String description) {
        try {
            return documentBuilderFactory().newDocumentBuilder().parse(in, systemId);
        } catch (SAXException | IOException e) {
            throw new SourceFormatException(description, "not a readable XML Schema: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is misconfigured", e);
        }
    }

    private static DocumentBuilderFactory documentBuilderFactory() {
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is misconfigured", e);
        }
        return factory;
    }

    private static SchemaFactory schemaFactory() {
        var factory = SchemaFactory.newDefaultInstance();
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // xs:include / xs:import / xs:redefine of local schema files (or the bundled one) only.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's schema factory is misconfigured", e);
        }
        return factory;
    }

    Schema schema() {
        return schema;
    }

    /** {@code bundled goaml-structure.xsd} or the schema file's path. */
    String description() {
        return description;
    }

    /** The namespace reports must be in; null for goAML's no-namespace schemas. */
    @Nullable
    String targetNamespace() {
        return targetNamespace;
    }

    /** Patterns of the schema that could not be expressed and are therefore not checked. */
    List<String> ignoredPatterns() {
        return ignoredPatterns;
    }
}

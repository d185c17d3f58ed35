package org.flowtrace.ingest.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small, immutable XML element tree: one element (a camt {@code Ntry}, an OFAC {@code sdnEntry}) read with StAX,
 * so that mapping it is plain code over values (and testable without a file). Names are local names:
 * the formats read this way keep all their elements in one default namespace, checked up front.
 *
 * @param name local name
 * @param attributes attributes by local name
 * @param text the element's own text, stripped (empty for elements with children)
 * @param children child elements in document order
 * @param line the line of the start tag in the source
 */
public record XmlElement(
        String name, Map<String, String> attributes, String text, List<XmlElement> children, int line) {

    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) with its subtree, leaving the
     * reader on its END_ELEMENT.
     */
    public static XmlElement read(XMLStreamReader xml) throws XMLStreamException {
        var name = xml.getLocalName();
        int line = xml.getLocation().getLineNumber();
        var attributes = new java.util.HashMap<String, String>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        var children = new ArrayList<XmlElement>();
        var text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(
                            name,
                            attributes,
                            children.isEmpty() ? text.toString().strip() : "",
                            children,
                            line);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** The first descendant along a slash-separated path of child names ({@code RltdPties/Dbtr/Nm}). */
    @Nullable
    public XmlElement find(String path) {
        XmlElement current = this;
        for (var step : path.split("/")) {
            current = current.child(step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The first path of {@code paths} that exists. */
    @Nullable
    public XmlElement first(String... paths) {
        for (var path : paths) {
            var found = find(path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The non-blank text at the first existing path of {@code paths}, or {@code null}. */
    @Nullable
    public String text(String... paths) {
        for (var path : paths) {
            var found = find(path);
            if (found != null && !found.text().isEmpty()) {
                return found.text();
            }
        }
        return null;
    }

    @Nullable
    public XmlElement child(String childName) {
        for (var child : children) {
            if (child.name().equals(childName)) {
                return child;
            }
        }
        return null;
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name().equals(childName)).toList();
    }

    @Nullable
    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }
}

package org.flowtrace.samples.generator;

import org.jspecify.annotations.Nullable;

/** A small indenting XML text builder for the generated reports and statements: elements in order, text escaped. */
final class XmlText {

    private final StringBuilder text = new StringBuilder(4096);
    private int depth;

    XmlText(String comment) {
        text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- ")
                .append(comment.replace("--", "- -"))
                .append(" -->\n");
    }

    XmlText open(String element) {
        return open(element, "");
    }

    /** Opens an element; {@code attributes} as written ({@code  xmlns="…"}), already escaped. */
    XmlText open(String element, String attributes) {
        indent().append('<').append(element).append(attributes).append(">\n");
        depth++;
        return this;
    }

    XmlText close(String element) {
        depth--;
        indent().append("</").append(element).append(">\n");
        return this;
    }

    /** {@code <element>value</element>}; nothing when the value is null. */
    XmlText leaf(String element, @Nullable Object value) {
        return leaf(element, "", value);
    }

    XmlText leaf(String element, String attributes, @Nullable Object value) {
        if (value != null) {
            indent().append('<')
                    .append(element)
                    .append(attributes)
                    .append('>')
                    .append(escape(value.toString()))
                    .append("</")
                    .append(element)
                    .append(">\n");
        }
        return this;
    }

    static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private StringBuilder indent() {
        return text.append("  ".repeat(depth));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

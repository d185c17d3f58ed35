package org.flowtrace.ingest.goaml;

import java.util.List;
import org.flowtrace.ingest.support.Locatable;
import org.w3c.dom.Element;

/**
 * One {@code <report>} as read from a goAML file: its position, its line, its elements (a DOM of this
 * report only) and what the schema validator found in it.
 *
 * @param index 1-based position of the report in the file
 * @param line the line its start tag is on
 * @param report the report element
 * @param violations schema findings, in document order
 */
record ReportElement(int index, long line, Element report, List<SchemaViolation> violations) implements Locatable {

    ReportElement {
        violations = List.copyOf(violations);
    }

    @Override
    public String locator() {
        return "/report[" + index + "]";
    }
}

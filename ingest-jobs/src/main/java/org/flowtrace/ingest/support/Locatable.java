package org.flowtrace.ingest.support;

/** An item that knows where it came from in its source, for rejects written after it was read. */
public interface Locatable {

    /** Line number, XPath, block/tx/log index … */
    String locator();
}

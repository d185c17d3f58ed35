package org.flowtrace.ingest.support;

import tools.jackson.databind.JsonNode;

/**
 * One record of a JSON source (an element of a top-level array, or a line of JSON Lines), with where it
 * is: a JSON pointer ({@code /3}) or a line ({@code line 4}).
 */
public record JsonRecord(String locator, JsonNode node) implements Locatable {}

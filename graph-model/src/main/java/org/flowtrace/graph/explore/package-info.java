/**
 * What the REST API and the investigator's web pages read: a search over parties, accounts, wallets,
 * transfers and reports; one element with its properties, provenance and findings; an element's
 * neighbourhood as nodes and aggregated edges for the graph explorer; and the ingest runs with the
 * sources they read. Every query is parameterised; labels are rendered from {@link
 * org.flowtrace.graph.explore.ElementKind}, never from input.
 */
@NullMarked
package org.flowtrace.graph.explore;

import org.jspecify.annotations.NullMarked;

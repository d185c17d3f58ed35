/**
 * goAML XML reports (UNODC's format for suspicious- and cash-transaction reports to an FIU): streamed
 * one {@code <report>} at a time with StAX, validated against the FIU's schema (its .NET-style patterns
 * normalised), bound with Jakarta XML Binding classes generated from flowtrace's structural schema, and
 * written as reports, parties, identifiers, addresses, accounts and transfers. Keys and rules are
 * documented in {@code ingest-jobs/README.md}, section goAML.
 */
@NullMarked
package org.flowtrace.ingest.goaml;

import org.jspecify.annotations.NullMarked;

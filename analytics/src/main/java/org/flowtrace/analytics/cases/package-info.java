/**
 * Predicate-offence cases: {@link org.flowtrace.analytics.cases.CaseBuilder} gathers a bounded
 * neighbourhood of the graph around a finding, party, account or wallet (its findings and their evidence,
 * forward and backward traces, links to operators, the reports that name it, the designations) into a
 * stored {@code :Case}; {@link org.flowtrace.analytics.cases.CaseReader} reads it back as
 * {@link org.flowtrace.analytics.cases.CaseContents}: every fact with its sources and checksums, and each
 * piece of evidence mapped to the element of the predicate offence it supports
 * ({@link org.flowtrace.analytics.cases.OffenceMapping}). Case packs carry STR content: they are for FIU and
 * prosecutor use only, and screening never reads them. Method: {@code docs/cases.md}.
 */
@NullMarked
package org.flowtrace.analytics.cases;

import org.jspecify.annotations.NullMarked;

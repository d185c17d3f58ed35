/**
 * Case packs: {@link org.flowtrace.api.cases.CasePack} writes a stored case as one offline HTML page
 * ({@link org.flowtrace.api.cases.CaseHtml}), a JSON document ({@link org.flowtrace.api.cases.CaseJson}) or
 * FollowTheMoney entities as JSON lines ({@link org.flowtrace.api.cases.CaseFtm}). Every pack starts with
 * the tipping-off marking; every fact carries its source, record and checksum. Formats: {@code docs/cases.md}.
 */
@NullMarked
package org.flowtrace.api.cases;

import org.jspecify.annotations.NullMarked;

/**
 * How findings reach people: the ranked findings (never a possible victim of trafficking among them as a
 * suspect), the ranked suspects, and the possible victims with the non-punishment reminder, as text for
 * the command line and as HTML for the demo's report.
 */
@NullMarked
package org.flowtrace.api.findings;

import org.jspecify.annotations.NullMarked;

/**
 * The hand-made sample cases as files a user can load: {@link org.flowtrace.samples.cases.CompoundCase}
 * copies the fictional scam-compound case out of the application so the ingest jobs can read it.
 */
@NullMarked
package org.flowtrace.samples.cases;

import org.jspecify.annotations.NullMarked;

/**
 * The append-only audit log: every read of STR-derived data, every export, every screening, every
 * login and every change, with who, what, when and from where; each line chained to the one before by
 * its SHA-256 so that a removed or edited line is detected. Only ADMIN reads it.
 */
@NullMarked
package org.flowtrace.api.web.audit;

import org.jspecify.annotations.NullMarked;

/**
 * The flowtrace application: the command line ({@code cli}), the Spring wiring of the graph
 * connection ({@code graph}) and of the Spring Batch job repository ({@code jobrepository}).
 * Nothing depends on this module.
 */
@NullMarked
package org.flowtrace.api;

import org.jspecify.annotations.NullMarked;

/**
 * The Spring Batch job repository: an H2 database file in the data folder by default, PostgreSQL (or
 * any JDBC database Spring Batch supports) when {@code spring.datasource.url} / {@code --jdbc-url}
 * is given. Its schema is created on first use.
 */
@NullMarked
package org.flowtrace.api.jobrepository;

import org.jspecify.annotations.NullMarked;

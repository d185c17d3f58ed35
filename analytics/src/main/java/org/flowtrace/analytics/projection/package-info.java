/**
 * The transfer graph read once through the driver into primitive arrays (endpoints by index,
 * transfers in time order, adjacency in compressed rows), for detectors that scan every account.
 */
@NullMarked
package org.flowtrace.analytics.projection;

import org.jspecify.annotations.NullMarked;

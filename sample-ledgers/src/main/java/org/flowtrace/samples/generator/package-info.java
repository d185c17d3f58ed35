/**
 * The deterministic generator of large labelled ledgers: background activity with a realistic shape,
 * laundering typologies planted and labelled, legitimate look-alikes on purpose, and a ground-truth
 * file that names every planted pattern's accounts and rows.
 */
@NullMarked
package org.flowtrace.samples.generator;

import org.jspecify.annotations.NullMarked;

/** Cases over REST: list, build around an element, read, and download the case pack (docs/cases.md). */
@NullMarked
package org.flowtrace.api.web.cases;

import org.jspecify.annotations.NullMarked;

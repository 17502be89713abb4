/**
 * What one request may cost: document size, parser limits, depth, a cost model, aliases,
 * root fields, directives, and the time a query may run in the store.
 */
@NullMarked
package org.innograph.limits;

import org.jspecify.annotations.NullMarked;

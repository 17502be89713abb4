/**
 * Analyst queries: filtered, sorted, keyset-paged lists with counts, aggregates and
 * group-by, each compiled to one Cypher query.
 */
@NullMarked
package org.innograph.query;

import org.jspecify.annotations.NullMarked;

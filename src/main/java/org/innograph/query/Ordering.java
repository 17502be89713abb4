package org.innograph.query;

import java.util.List;

/**
 * The sort keys of a list and a name for them that does not depend on how the query is
 * built, so that a cursor can be checked against the ordering it came from.
 */
record Ordering(String name, List<SortKey> keys) {
}

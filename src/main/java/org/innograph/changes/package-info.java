/**
 * The change feed: GraphQL subscriptions to the changes that writes record in the graph's
 * change log ({@link org.innograph.store.ChangeLog}), read from it by sequence number so
 * that a client resumes from its cursor without loss or repetition.
 */
@NullMarked
package org.innograph.changes;

import org.jspecify.annotations.NullMarked;

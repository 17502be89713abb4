/**
 * Automatic persisted queries: the protocol Apollo Client and urql speak, in which a
 * client sends the SHA-256 of its query instead of the query, and the query itself only
 * when the service does not know the hash yet.
 */
@NullMarked
package org.innograph.persisted;

import org.jspecify.annotations.NullMarked;

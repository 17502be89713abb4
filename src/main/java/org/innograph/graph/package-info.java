/**
 * Subgraphs for drawing: neighbourhoods and paths, as deduplicated nodes and edges that
 * link back to their entities, facts and sources.
 */
@NullMarked
package org.innograph.graph;

import org.jspecify.annotations.NullMarked;

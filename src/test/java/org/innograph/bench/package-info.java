/**
 * The benchmark: the same query shapes through Innograph over HTTP, as hand-written
 * Cypher through the driver, and through @neo4j/graphql, on the same database in the same
 * run.
 */
@NullMarked
package org.innograph.bench;

import org.jspecify.annotations.NullMarked;

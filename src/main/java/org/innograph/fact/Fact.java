package org.innograph.fact;

import org.jspecify.annotations.Nullable;

/**
 * A statement the graph holds, with sources. The record's simple name is its GraphQL
 * type, which is how the {@code Fact} interface resolves.
 */
public sealed interface Fact permits Metric, Ranking, Designation, Relation {

	String id();

	boolean inferred();

	@Nullable String note();

}

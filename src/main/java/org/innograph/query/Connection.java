package org.innograph.query;

import java.util.List;

import org.innograph.filter.Params;
import org.jspecify.annotations.Nullable;

/**
 * A page of a list, with what is needed to count and group the whole list: the
 * {@code scope} that the page was cut from.
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Scope scope) {

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	record Edge<T>(String cursor, T node) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	/**
	 * The matching items: {@code MATCH ... WHERE ...} binding {@code variable}, with its
	 * parameters.
	 */
	record Scope(String match, String variable, Params params) {
	}

}

package org.innograph.query;

import java.util.List;

import org.innograph.filter.Params;
import org.jspecify.annotations.Nullable;

/**
 * A page of a list, with what is needed to count and group the whole list: the
 * {@code scope} that the page was cut from, and the size of the whole list when the
 * page's query counted it.
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Scope scope, @Nullable Integer total) {

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
	 * parameters; for facts, {@code subject} is the clause that binds their subject.
	 */
	record Scope(String match, String variable, Params params, String subject) {

		Scope(String match, String variable, Params params) {
			this(match, variable, params, "");
		}

		/**
		 * The scope with each fact's subject bound to {@code s}, when a sort or group key
		 * reads it: matched only then, as it costs an expansion per fact.
		 */
		Scope withSubject(boolean needed) {
			return (needed && !this.subject.isEmpty())
					? new Scope(this.match + "\n" + this.subject, this.variable, this.params, "") : this;
		}

	}

}

package org.innograph.query;

import org.jspecify.annotations.Nullable;

/** Ordering inputs, bound from arguments. */
final class QueryInputs {

	private QueryInputs() {
	}

	enum EntitySortField {

		NAME, ID, KIND, LEVEL, CATEGORY, ADMIN_CODE, ESTABLISHED

	}

	record RankSort(String list, @Nullable Integer edition) {
	}

	record MetricSort(String name, @Nullable String period) {
	}

	record EntityOrder(@Nullable EntitySortField field, @Nullable RankSort rank, @Nullable MetricSort metric,
			@Nullable String direction) {

		boolean descending() {
			return "DESC".equals(this.direction);
		}

	}

	/**
	 * One sort key of a fact or document list: a field of its sort-field enum and a
	 * direction.
	 */
	record SortedBy(String field, @Nullable String direction) {

		boolean descending() {
			return "DESC".equals(this.direction);
		}

	}

}

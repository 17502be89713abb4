package org.innograph.query;

import java.util.List;

import org.innograph.fact.NumberAggregate;
import org.jspecify.annotations.Nullable;

/** The answers of group-by and aggregates, as the API shows them. */
final class Grouping {

	private Grouping() {
	}

	record GroupKeyValue(String key, @Nullable String value, @Nullable String displayName) {
	}

	record Group(List<GroupKeyValue> keys, int count, @Nullable NumberAggregate aggregate) {
	}

}

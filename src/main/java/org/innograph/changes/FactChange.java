package org.innograph.changes;

import java.util.List;

import org.innograph.fact.Fact;
import org.jspecify.annotations.Nullable;

/** The GraphQL {@code FactChange}: one fact written or deleted. */
record FactChange(String cursor, Kind change, String factId, @Nullable String kind, List<String> subjectIds,
		@Nullable Fact fact, String at) {

	/** The GraphQL {@code FactChangeKind}. */
	enum Kind {

		UPSERTED, DELETED

	}

}

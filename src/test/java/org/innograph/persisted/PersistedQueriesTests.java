package org.innograph.persisted;

import org.innograph.store.Sha256;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry stays within its characters, forgetting the queries least recently used.
 */
class PersistedQueriesTests {

	static java.util.Map<String, Object> persisted(String query) {
		return java.util.Map.of("persistedQuery", java.util.Map.of("version", 1, "sha256Hash", Sha256.hex(query)));
	}

	@Test
	void theLeastRecentlyUsedQueriesAreForgottenBeyondTheCap() {
		var queries = new PersistedQueries(new PersistedQueryProperties(true, 30));
		var a = "{ a: __typename }";
		var b = "{ b: __typename }";
		var c = "{ c: __typename }";
		queries.resolve(a, persisted(a));
		queries.resolve(b, persisted(b));
		assertThat(queries.size()).as("34 characters are over the cap of 30").isOne();
		assertThat(queries.lookup(Sha256.hex(b))).isEqualTo(b);
		queries.resolve(c, persisted(c));
		assertThat(queries.lookup(Sha256.hex(b))).isNull();
		assertThat(queries.resolve(null, persisted(c))).isEqualTo(new PersistedQueries.Run(c));
		assertThat(queries.resolve(null, persisted(a)))
			.isEqualTo(new PersistedQueries.Refused("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"));
	}

	@Test
	void aQueryLargerThanTheCapRunsButIsNotKept() {
		var queries = new PersistedQueries(new PersistedQueryProperties(true, 10));
		var query = "{ __typename }";
		assertThat(queries.resolve(query, persisted(query))).isEqualTo(new PersistedQueries.Run(query));
		assertThat(queries.size()).isZero();
	}

	@Test
	void withoutTheExtensionARequestRunsAsItCame() {
		var queries = new PersistedQueries(new PersistedQueryProperties(true, 10));
		assertThat(queries.resolve("{ __typename }", java.util.Map.of())).isNull();
		assertThat(queries.resolve("{ __typename }", null)).isNull();
	}

}

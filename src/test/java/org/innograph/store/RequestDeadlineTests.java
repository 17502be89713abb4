package org.innograph.store;

import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's time limit bounds the store's work for it: a transaction that would run for
 * the store's own 10 s is cancelled when the request's time is up, and a request out of
 * time runs nothing more. (Requests carry their deadline to their data fetchers and batch
 * loaders by context propagation, as they carry their round-trip counter.)
 */
@EmbeddedServiceTest
class RequestDeadlineTests {

	/** Counts for a long while: far longer than half a second. */
	static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

	@Autowired
	GraphStore graph;

	@AfterEach
	void clear() {
		GraphStore.REQUEST_DEADLINE.remove();
	}

	@Test
	void aSlowQueryStopsWhenItsRequestsTimeIsUp() {
		GraphStore.REQUEST_DEADLINE.set(System.nanoTime() + 500_000_000L);
		long start = System.nanoTime();
		assertThatThrownBy(() -> this.graph.read(SLOW, Map.of(), r -> r.get("n").asLong()))
			.isInstanceOf(RuntimeException.class);
		long millis = (System.nanoTime() - start) / 1_000_000;
		// The store checks its transactions' time limits every few seconds at most; its
		// own
		// limit is 10 s.
		assertThat(millis).as("cancelled at the request's deadline, not the store's limit").isLessThan(5_000);
	}

	@Test
	void aRequestOutOfTimeRunsNothingMore() {
		long before = this.graph.roundTrips();
		GraphStore.REQUEST_DEADLINE.set(System.nanoTime() - 1);
		assertThatExceptionOfType(RequestOutOfTime.class)
			.isThrownBy(() -> this.graph.read("RETURN 1 AS n", Map.of(), r -> r.get("n").asLong()))
			.withMessageContaining("time limit");
		assertThat(this.graph.roundTrips()).isEqualTo(before);
	}

	@Test
	void withoutADeadlineTheStoresOwnLimitHolds() {
		assertThat(this.graph.read("RETURN 1 AS n", Map.of(), r -> r.get("n").asLong())).containsExactly(1L);
	}

}

package org.innograph.seed;

import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading the seed again, even when the graph has forgotten it did, adds nothing. */
@EmbeddedServiceTest
class SeedIdempotenceTests {

	@Autowired
	GraphStore store;

	@Autowired
	SeedLoader seed;

	@Test
	void loadingTheSeedTwiceChangesNothing() {
		var before = totals();
		assertThat(this.seed.loadIfMissing()).as("the seed is already in the graph").isFalse();
		this.store.write(tx -> tx.run("MATCH (s:SeedLoad) DELETE s").consume());
		assertThat(this.seed.loadIfMissing()).as("the seed loads again once its record is gone").isTrue();
		assertThat(totals()).isEqualTo(before);
	}

	private Map<String, Long> totals() {
		return this.store
			.read("""
					MATCH (n) WITH count(n) AS nodes
					MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
					""", Map.of(),
					r -> Map.of("nodes", r.get("nodes").asLong(), "relationships", r.get("relationships").asLong()))
			.getFirst();
	}

}

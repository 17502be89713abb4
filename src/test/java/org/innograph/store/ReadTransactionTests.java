package org.innograph.store;

import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The read path cannot write, whether it reads the embedded store in process (the
 * default) or over Bolt: a writing query is refused and leaves nothing behind.
 */
@EmbeddedServiceTest
class ReadTransactionTests {

	@Autowired
	GraphStore graph;

	@Test
	void aWritingQueryOnTheReadPathIsRefusedAndLeavesNothing() {
		assertThatExceptionOfType(ClientException.class)
			.isThrownBy(() -> this.graph.read("CREATE (p:ReadPathProbe {at: timestamp()}) RETURN p.at AS at", Map.of(),
					r -> r.get("at").asLong()))
			.satisfies(ex -> assertThat(ex.code()).contains("AccessMode"));
		assertThat(this.graph.read("MATCH (p:ReadPathProbe) RETURN count(p) AS n", Map.of(), r -> r.get("n").asLong()))
			.containsExactly(0L);
	}

	@Test
	void readsStillRead() {
		assertThat(this.graph.read("MATCH (c:City {id: $id}) RETURN c.name AS name", Map.of("id", "city-hangzhou"),
				r -> r.get("name").asString()))
			.containsExactly("杭州市");
	}

}

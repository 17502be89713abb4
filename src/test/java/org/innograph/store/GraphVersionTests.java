package org.innograph.store;

import java.util.Map;

import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The graph's version moves on in the same transaction as every write: a committed write
 * changes it, a write that fails leaves it as it was, and reads never touch it.
 */
@EmbeddedServiceTest
class GraphVersionTests {

	@Autowired
	GraphStore graph;

	@Test
	void aCommittedWriteRaisesTheVersionAndAFailedOneDoesNot() {
		var before = this.graph.version();
		assertThat(before).as("made by the migrations").isNotNull();
		this.graph.read("MATCH (c:City) RETURN count(c) AS n", Map.of(), r -> r.get("n").asLong());
		assertThat(this.graph.version()).isEqualTo(before);

		this.graph.write(tx -> tx.run("MERGE (p:VersionProbe {id: 1})").consume());
		var written = this.graph.version();
		assertThat(written).isNotEqualTo(before);

		assertThatIllegalStateException().isThrownBy(() -> this.graph.write(tx -> {
			tx.run("MERGE (p:VersionProbe {id: 2})").consume();
			throw new IllegalStateException("fails before it commits");
		}));
		assertThat(this.graph.version()).isEqualTo(written);

		this.graph.writeForMaintenance(tx -> tx.run("MATCH (p:VersionProbe) DELETE p").consume());
		assertThat(this.graph.version()).isNotEqualTo(written);
	}

}

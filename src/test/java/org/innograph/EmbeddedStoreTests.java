package org.innograph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.innograph.store.StoreProperties;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against the default store: Neo4j embedded in the service. */
@EmbeddedServiceTest
class EmbeddedStoreTests extends ContractTests {

	@Autowired
	ApplicationContext context;

	@Test
	void servesTheGraphFromTheEmbeddedStore() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).hasSize(1);
	}

	@Test
	void theStoreTakesRoomForItsDataNotForPreallocatedLogs() throws IOException {
		var home = this.context.getBean(StoreProperties.class).dataDir();
		long bytes;
		try (Stream<Path> files = Files.walk(home)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		// The seed, the divisions and what the tests in this context wrote: Neo4j's
		// defaults took over 500 MB for the seed alone.
		assertThat(bytes).as("bytes in %s", home).isLessThan(100L * 1024 * 1024);
	}

}

package org.innograph;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract against a Neo4j that the service did not start: a DBMS started here, on
 * its own port, reached through a {@code neo4j://} routing URI as a cluster would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalStoreTests extends ContractTests {

	static DatabaseManagementService external;

	@DynamicPropertySource
	static void externalNeo4j(DynamicPropertyRegistry registry) {
		external = new DatabaseManagementServiceBuilder(
				Path.of("target/neo4j-test/external-" + System.nanoTime()).toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.build();
		var port = ((GraphDatabaseAPI) external.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		registry.add("spring.neo4j.uri", () -> "neo4j://127.0.0.1:" + port);
	}

	@AfterAll
	static void stopExternalNeo4j() {
		external.shutdown();
	}

	@Autowired
	ApplicationContext context;

	@Test
	void startsNoEmbeddedStoreWhenAUriIsConfigured() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
		try (var tx = external.database("neo4j").beginTx()) {
			var cities = tx.execute("MATCH (c:City) RETURN count(c) AS n").next().get("n");
			// The seed's 11 cities among the 333 prefecture-level divisions.
			assertThat((Long) cities).as("the seed and the divisions were written to the external store")
				.isEqualTo(333L);
		}
	}

}

package org.innograph.store;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the process when no external URI is configured, with Bolt on
 * loopback only, and hands its real Bolt URI to Boot's driver auto-configuration. The
 * service therefore talks to the embedded store through the same driver, and the same
 * code, as to any external server or cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4j.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(StoreProperties store) {
		var started = EarlyStart.take(store);
		return (started != null) ? started : start(store);
	}

	static DatabaseManagementService start(StoreProperties store) {
		var home = store.dataDir().toAbsolutePath().normalize();
		log.info("Starting embedded Neo4j in {}", home);
		return new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", store.boltPort()))
			// Bolt listens on loopback only, so no credentials are needed.
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			// The store is the user's: it reports nothing about its use to anyone.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// Transaction logs sized for the data rather than preallocated at 256 MB a
			// database.
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, store.txLogFileSize().toBytes())
			.setConfig(GraphDatabaseSettings.keep_logical_logs, store.txLogRetention())
			// Neo4j waits 2 x 5 s for Bolt threads by default, which dominates shutdown.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
			.build();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnection(DatabaseManagementService embeddedNeo4j) {
		var address = ((GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		var uri = URI.create("bolt://127.0.0.1:" + address.getPort());
		log.info("Embedded Neo4j listens on {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public org.neo4j.driver.AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}

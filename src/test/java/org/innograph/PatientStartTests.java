package org.innograph;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an external store that is away at start-up, the service starts anyway, reports not
 * ready and refuses requests cleanly; when the store comes, it sets it up (migrations,
 * seed) and becomes ready, without a restart.
 */
class PatientStartTests {

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void startsWithoutItsStoreReportsNotReadyAndConnectsWhenTheStoreComes() throws Exception {
		int boltPort;
		try (var socket = new ServerSocket(0)) {
			boltPort = socket.getLocalPort();
		}
		DatabaseManagementService store = null;
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(InnographApplication.class)
			// As arguments: they override application.yaml, which sets the URI blank.
			.run("--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--server.port=0",
					// The seed alone is enough to answer, and quicker to write.
					"--innograph.reference.enabled=false")) {
			int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
			var refused = query(port);
			// Refused whole, without running: no data, one UNAVAILABLE error, a time to
			// retry.
			assertThat(refused.body()).contains("UNAVAILABLE").doesNotContain("\"data\"");
			assertThat(refused.headers().firstValue("Retry-After")).isPresent();

			store = new DatabaseManagementServiceBuilder(
					Path.of("target/neo4j-test/patient-" + System.nanoTime()).toAbsolutePath())
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
				.build();
			long came = System.nanoTime();
			var deadline = came + Duration.ofSeconds(180).toNanos();
			while (get(port, "/actuator/health/readiness").statusCode() != 200) {
				assertThat(System.nanoTime()).as("ready within 180 s of the store coming").isLessThan(deadline);
				Thread.sleep(500);
			}
			System.out.printf("Ready %.1f s after the store came%n", (System.nanoTime() - came) / 1e9);
			// The store answers the first request after readiness: the gate probes it.
			HttpResponse<String> answer = query(port);
			for (int i = 0; i < 10 && !answer.body().contains("city-hangzhou"); i++) {
				Thread.sleep(200);
				answer = query(port);
			}
			assertThat(answer.body()).contains("city-hangzhou");
		}
		finally {
			if (store != null) {
				store.shutdown();
			}
		}
	}

	HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> query(int port) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ city(name: \\\"杭州\\\") { id } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}

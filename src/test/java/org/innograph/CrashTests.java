package org.innograph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service killed with SIGKILL in the middle of writes, then started again on the same
 * store: every write it acknowledged is there, whole, and nothing is half-written; the
 * seed, killed while it loads, is there once and whole.
 */
class CrashTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String UPSERT = """
			mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { created errors { message } } }""";

	final HttpClient http = HttpClient.newHttpClient();

	record Service(Process process, int httpPort, int boltPort) {
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The service in a process of its own, as a user runs it, with the development keys.
	 */
	static Service start(Path dataDir, Path log) throws IOException {
		var httpPort = freePort();
		var boltPort = freePort();
		var process = ServiceProcess.start(List.of("--innograph.store.data-dir=" + dataDir, "--server.port=" + httpPort,
				"--innograph.store.bolt-port=" + boltPort, "--spring.profiles.active=dev"), log);
		return new Service(process, httpPort, boltPort);
	}

	boolean ready(Service service) {
		try {
			var response = this.http.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	void awaitReady(Service service) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (!ready(service)) {
			assertThat(service.process().isAlive()).as("the service runs").isTrue();
			assertThat(System.nanoTime()).as("the service is ready within 120 s").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	boolean upsert(Service service, String id) {
		try {
			var body = JSON.writeValueAsString(Map.of("query", UPSERT, "variables",
					Map.of("input",
							Map.of("id", id, "kind", "Organisation", "zhHans", "测试机构" + id, "aliases",
									List.of(id + "-alias"), "source",
									Map.of("documentId", "zjkjt-2023-04-20", "quote", "浙江工業大學")))));
			var response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer dev-editor-key")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"errors\":[]");
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	@Test
	void acknowledgedWritesSurviveAKillAndNothingIsHalfWritten() throws Exception {
		var root = Files.createDirectories(Path.of("target/neo4j-test/crash-" + System.nanoTime())).toAbsolutePath();
		var dataDir = root.resolve("data");

		// Killed while the seed may be loading: the next start finds it whole or loads
		// it.
		var first = start(dataDir, root.resolve("first.log"));
		var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!Files.readString(root.resolve("first.log")).contains("Applied migration V3")
				&& System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		Thread.sleep(300);
		first.process().destroyForcibly().waitFor();

		var second = start(dataDir, root.resolve("second.log"));
		awaitReady(second);
		var acknowledged = new CopyOnWriteArrayList<String>();
		var writing = new AtomicBoolean(true);
		var writer = new Thread(() -> {
			for (int i = 0; writing.get(); i++) {
				var id = "org-crash-" + i;
				if (upsert(second, id)) {
					acknowledged.add(id);
				}
			}
		});
		writer.start();
		// Kill it in full flow: once some writes are acknowledged, while others are under
		// way.
		var writes = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (acknowledged.size() < 3 && System.nanoTime() < writes) {
			Thread.sleep(20);
		}
		Thread.sleep(150);
		second.process().destroyForcibly().waitFor();
		writing.set(false);
		writer.join();
		assertThat(acknowledged).as("writes were acknowledged before the kill").isNotEmpty();

		var third = start(dataDir, root.resolve("third.log"));
		try {
			awaitReady(third);
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + third.boltPort(), AuthTokens.none());
					var session = driver.session()) {
				var present = session.run("MATCH (e:Entity) WHERE e.id STARTS WITH 'org-crash-' RETURN e.id AS id")
					.list(r -> r.get("id").asString());
				assertThat(present).containsAll(acknowledged);
				var partial = session.run("""
						MATCH (e:Entity) WHERE e.id STARTS WITH 'org-crash-'
						  AND (NOT (e)-[:SOURCED_FROM]->(:Source) OR NOT (e)-[:KNOWN_AS]->(:NameKey) OR e.name IS NULL)
						RETURN count(e) AS n""").single().get("n").asLong();
				assertThat(partial).as("half-written entities").isZero();
				var seed = session.run("""
						MATCH (s:SeedLoad) WITH count(s) AS loads
						MATCH (c:City) RETURN loads, count(c) AS cities""").single();
				assertThat(seed.get("loads").asLong()).isOne();
				assertThat(seed.get("cities").asLong()).isEqualTo(333);
				// The seed's, besides those of the reference data that locate each
				// division
				// and each national zone.
				var facts = session
					.run("MATCH (f:Fact) WHERE NOT f.id STARTS WITH 'div-in-' AND NOT f.id STARTS WITH 'htz-in-' "
							+ "RETURN count(f) AS n")
					.single()
					.get("n")
					.asLong();
				assertThat(facts).isEqualTo(128);
			}
			System.out.printf("%nKilled after %d acknowledged writes; all present after the restart%n",
					acknowledged.size());
		}
		finally {
			third.process().destroyForcibly().waitFor();
		}
	}

}

package org.innograph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service processes over one Neo4j that neither started (a DBMS started in this JVM
 * on its own Bolt port, reached through a {@code neo4j://} routing URI, as a cluster
 * would be): started at the same moment, they set the store up once; a write through one
 * is read through the other with the bookmark its answer gave; and each one's change feed
 * delivers the other's writes, since the feed reads the log from the graph.
 */
class TwoReplicasTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path ARTICLE = Path.of("src/test/resources/ingest/articles/simplified-clean.txt");

	static DatabaseManagementService neo4j;

	static int boltPort;

	static final HttpClient http = HttpClient.newHttpClient();

	record Replica(Process process, int httpPort, Path log) {

		String url(String path) {
			return "http://127.0.0.1:" + this.httpPort + path;
		}

	}

	@BeforeAll
	static void startNeo4j() {
		neo4j = new DatabaseManagementServiceBuilder(
				Path.of("target/neo4j-test/replicas-" + System.nanoTime()).toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
		boltPort = ((GraphDatabaseAPI) neo4j.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	@AfterAll
	static void stopNeo4j() {
		neo4j.shutdown();
	}

	static Replica start(Path log) throws IOException {
		var httpPort = CrashTests.freePort();
		var process = ServiceProcess.start(List.of("--spring.neo4j.uri=neo4j://127.0.0.1:" + boltPort,
				"--server.port=" + httpPort, "--spring.profiles.active=dev"), log);
		return new Replica(process, httpPort, log);
	}

	@Test
	void twoReplicasOverOneStoreBehaveAsOneService() throws Exception {
		var root = Files.createDirectories(Path.of("target/neo4j-test/replicas-logs-" + System.nanoTime()));
		var a = start(root.resolve("a.log"));
		var b = start(root.resolve("b.log"));
		try {
			awaitReady(a);
			awaitReady(b);

			var migrations = Files.list(Path.of("graph-schema/migrations")).count();
			try (var tx = neo4j.database("neo4j").beginTx()) {
				var applied = tx
					.execute("MATCH (m:Migration) RETURN count(m) AS n, count(DISTINCT m.version) AS versions")
					.next();
				assertThat(applied).containsEntry("n", migrations).containsEntry("versions", migrations);
			}
			var logs = Files.readString(a.log()) + Files.readString(b.log());
			assertThat(Pattern.compile("Applied migration V").matcher(logs).results().count())
				.as("each migration applied by one replica only")
				.isEqualTo(migrations);

			// B listens from now; A writes.
			var cursor = (String) data(post(b, "{ changeCursor }", Map.of(), null, null)).get("changeCursor");
			var events = new LinkedBlockingQueue<Map<String, Object>>();
			try (var feed = sse(b, cursor, events)) {
				var written = post(a, """
						mutation($input: IngestDocumentInput!) {
						  ingestDocument(input: $input) { documentId errors { message } }
						}""", Map.of("input", Map.of("text", Files.readString(ARTICLE))), "Bearer dev-editor-key",
						null);
				var bookmark = written.headers().firstValue("Innograph-Bookmark");
				assertThat(bookmark).as("a write's answer carries its bookmark").isPresent();
				@SuppressWarnings("unchecked")
				var ingested = (Map<String, Object>) data(written).get("ingestDocument");
				assertThat((List<?>) ingested.get("errors")).isEmpty();
				var documentId = (String) ingested.get("documentId");

				var read = post(b, "query($id: ID!) { document(id: $id) { id title } }", Map.of("id", documentId), null,
						bookmark.get());
				assertThat(read.statusCode()).isEqualTo(200);
				assertThat(data(read).get("document")).as("A's write, read through B with its bookmark").isNotNull();

				var facts = ((Number) neo4j.database("neo4j")
					.executeTransactionally("MATCH (f:Fact {loadedBy: $by}) RETURN count(f) AS n",
							Map.of("by", "document:" + documentId), r -> r.next().get("n")))
					.intValue();
				assertThat(facts).isGreaterThan(3);
				for (int i = 0; i < facts; i++) {
					assertThat(events.poll(10, TimeUnit.SECONDS)).as("B's feed: A's fact %d of %d", i + 1, facts)
						.isNotNull();
				}
			}

			var refused = post(b, "{ changeCursor }", Map.of(), null, "not a bookmark!");
			assertThat(refused.body()).contains("Innograph-Bookmark");
			assertThat(refused.statusCode()).isEqualTo(400);
		}
		finally {
			a.process().destroy();
			b.process().destroy();
			a.process().waitFor(30, TimeUnit.SECONDS);
			b.process().waitFor(30, TimeUnit.SECONDS);
		}
	}

	static void awaitReady(Replica replica) throws Exception {
		var deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (true) {
			assertThat(replica.process().isAlive()).as("the replica runs; its log: %s", replica.log()).isTrue();
			try {
				var response = http.send(
						HttpRequest.newBuilder(URI.create(replica.url("/actuator/health/readiness"))).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			assertThat(System.nanoTime()).as("ready within 180 s; its log: %s", replica.log()).isLessThan(deadline);
			Thread.sleep(250);
		}
	}

	static HttpResponse<String> post(Replica replica, String query, Map<String, Object> variables,
			@Nullable String authorization, @Nullable String bookmark) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(replica.url("/graphql")))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (bookmark != null) {
			request.header("Innograph-Bookmark", bookmark);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> data(HttpResponse<String> response) {
		var body = JSON.readValue(response.body(), Map.class);
		assertThat(body.get("errors")).as(response.body()).isNull();
		return (Map<String, Object>) body.get("data");
	}

	/** The facts changed after the cursor, over Server-Sent Events. */
	@SuppressWarnings("unchecked")
	static InputStream sse(Replica replica, String cursor, BlockingQueue<Map<String, Object>> into) throws Exception {
		var variables = new HashMap<String, Object>();
		variables.put("after", cursor);
		var body = JSON.writeValueAsString(
				Map.of("query", "subscription($after: String) { factsChanged(after: $after) { cursor factId } }",
						"variables", variables));
		var response = http.send(HttpRequest.newBuilder(URI.create(replica.url("/graphql")))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofInputStream());
		assertThat(response.statusCode()).isEqualTo(200);
		var in = response.body();
		Thread.ofVirtual().start(() -> {
			try (var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("data:")) {
						var result = JSON.readValue(line.substring(5).strip(), Map.class);
						if (result.get("data") instanceof Map<?, ?> data && data.get("factsChanged") != null) {
							into.add((Map<String, Object>) data.get("factsChanged"));
						}
					}
				}
			}
			catch (IOException ex) {
				// Closed by the test.
			}
		});
		return in;
	}

}

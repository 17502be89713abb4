package org.innograph.changes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.innograph.EmbeddedServiceTest;
import org.innograph.ingest.IngestedData;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real graphql-ws client from npm ({@code graphql-ws} with {@code ws}, pinned in
 * {@code src/test/node/change-feed-client}) subscribes to {@code factsChanged} over
 * WebSocket and receives the facts of a document ingested through the API. Needs Node and
 * the npm registry (or npm's cache): without them the test is skipped, unless
 * {@code INNOGRAPH_NODE_TESTS=required} (as in CI), where that fails it.
 */
@EmbeddedServiceTest
class ChangeFeedClientTests {

	static final Path SOURCE = Path.of("src/test/node/change-feed-client");

	static final Path CLIENT = Path.of("target/change-feed-client");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	GraphStore store;

	@AfterEach
	void removeIngested() {
		IngestedData.remove(this.store);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aGraphqlWsClientReceivesTheFactsOfAnIngestedDocument() throws Exception {
		installClient();
		var http = HttpSyncGraphQlClient.builder(RestClient.create("http://127.0.0.1:" + this.port + "/graphql"))
			.build();
		var cursor = http.document("{ changeCursor }").executeSync().field("changeCursor").toEntity(String.class);
		var log = Files.createTempFile("change-feed-client", ".log");
		var process = new ProcessBuilder("node", CLIENT.resolve("client.mjs").toString(),
				"ws://127.0.0.1:" + this.port + "/graphql-ws", cursor, "1", "60")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			var response = http.mutate()
				.header("Authorization", "Bearer test-editor-key")
				.build()
				.document("""
						mutation($input: IngestDocumentInput!) {
						  ingestDocument(input: $input) { documentId errors { message } }
						}""")
				.variable("input",
						Map.of("text",
								Files.readString(Path.of("src/test/resources/ingest/articles/simplified-clean.txt"))))
				.executeSync();
			var documentId = response.field("ingestDocument.documentId").toEntity(String.class);
			var facts = Set.copyOf(this.store.read("MATCH (f:Fact {loadedBy: $by}) RETURN f.id AS id",
					Map.of("by", "document:" + documentId), r -> r.get("id").asString()));

			assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("the client ends").isTrue();
			var output = Files.readString(log, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(output).isZero();
			var lines = output.strip().lines().toList();
			assertThat(lines).as(output).hasSize(1);
			Map<String, Object> event = JSON.readValue(lines.getFirst(), Map.class);
			assertThat(event).containsEntry("change", "UPSERTED").containsKey("cursor");
			assertThat(facts).contains((String) event.get("factId"));
			assertThat((Map<String, Object>) event.get("fact")).containsEntry("id", event.get("factId"));
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
		}
	}

	/** The client and its pinned packages in {@code target/}, from the npm registry. */
	private static void installClient() throws Exception {
		Files.createDirectories(CLIENT);
		for (var file : List.of("package.json", "package-lock.json", "client.mjs")) {
			Files.copy(SOURCE.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		String problem;
		try {
			var install = new ProcessBuilder("npm", "ci", "--prefix", CLIENT.toString(), "--no-audit", "--no-fund",
					"--loglevel=error")
				.redirectErrorStream(true)
				.start();
			var output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!install.waitFor(300, TimeUnit.SECONDS)) {
				install.destroyForcibly();
				problem = "npm ci timed out";
			}
			else {
				problem = (install.exitValue() == 0) ? null : output;
			}
		}
		catch (IOException ex) {
			problem = "npm cannot be started: " + ex.getMessage();
		}
		if (problem != null) {
			assertThat("required").as("Node and npm with the registry are needed: %s", problem)
				.isNotEqualTo(System.getenv("INNOGRAPH_NODE_TESTS"));
			Assumptions.abort("The graphql-ws client could not be installed: " + problem);
		}
	}

}

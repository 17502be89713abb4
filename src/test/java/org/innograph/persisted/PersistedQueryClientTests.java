package org.innograph.persisted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.innograph.EmbeddedServiceTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client library against the service over HTTP: urql with its persisted-query
 * exchange, pinned in {@code src/test/node/persisted-client}, sends a query by GET. Its
 * first request, the hash alone, is answered {@code PersistedQueryNotFound}; it sends the
 * query along, which registers it; its next query goes by the hash alone and is answered.
 * Needs Node and the npm registry (or npm's cache): without them the test is skipped,
 * unless {@code INNOGRAPH_NODE_TESTS=required} (as in CI), where that fails it.
 */
@EmbeddedServiceTest
class PersistedQueryClientTests {

	static final Path SOURCE = Path.of("src/test/node/persisted-client");

	static final Path CLIENT = Path.of("target/persisted-client");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void urqlRegistersItsQueryOnceThenSendsOnlyItsHashByGet() throws Exception {
		installClient();
		var output = run(120, "node", CLIENT.resolve("client.mjs").toString(),
				"http://127.0.0.1:" + this.port + "/graphql",
				Path.of("src/test/resources/org/innograph/persisted/PersistedQueryClientTests.graphql").toString());
		assertThat(output.exitCode()).as(output.text()).isZero();
		var lines = output.text().strip().lines().toList();
		Map<String, Object> report = JSON.readValue(lines.getLast(), Map.class);

		var results = (List<Map<String, Object>>) report.get("results");
		assertThat(results).extracting(r -> r.get("error")).containsOnlyNulls();
		assertThat(results).extracting(r -> ((Map<String, Map<String, Object>>) r.get("data")).get("city").get("id"))
			.containsExactly("city-ningbo", "city-hangzhou");

		var requests = (List<Map<String, Object>>) report.get("requests");
		assertThat(requests).hasSize(3);
		assertThat(requests.get(0)).containsEntry("method", "GET")
			.containsEntry("sentQuery", false)
			.containsEntry("sentHash", true)
			.containsEntry("errors", List.of("PersistedQueryNotFound"));
		assertThat(requests.get(1)).containsEntry("sentQuery", true)
			.containsEntry("sentHash", true)
			.containsEntry("status", 200)
			.containsEntry("errors", List.of());
		assertThat(requests.get(2)).containsEntry("method", "GET")
			.containsEntry("sentQuery", false)
			.containsEntry("sentHash", true)
			.containsEntry("status", 200)
			.containsEntry("errors", List.of());
	}

	/** The client and its pinned packages in {@code target/}, from the npm registry. */
	private static void installClient() throws Exception {
		Files.createDirectories(CLIENT);
		for (var file : List.of("package.json", "package-lock.json", "client.mjs")) {
			Files.copy(SOURCE.resolve(file), CLIENT.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		Output install;
		try {
			install = run(300, "npm", "ci", "--prefix", CLIENT.toString(), "--no-audit", "--no-fund",
					"--loglevel=error");
		}
		catch (IOException ex) {
			install = new Output(-1, "npm cannot be started: " + ex.getMessage());
		}
		if (install.exitCode() != 0) {
			assertThat("required").as("Node and npm with the registry are needed: %s", install.text())
				.isNotEqualTo(System.getenv("INNOGRAPH_NODE_TESTS"));
			Assumptions.abort("The urql client could not be installed: " + install.text());
		}
	}

	private record Output(int exitCode, String text) {
	}

	private static Output run(int timeoutSeconds, String... command) throws Exception {
		var log = Files.createTempFile("persisted-client", ".log");
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return new Output(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
			}
			return new Output(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

}

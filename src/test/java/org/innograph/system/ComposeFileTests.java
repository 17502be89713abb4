package org.innograph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file's password check, run as compose would run it: a password Neo4j would
 * refuse stops the stack at once with a message that says why.
 */
class ComposeFileTests {

	@ParameterizedTest
	@CsvSource({ "short, 1", "seven77, 1", "eight888, 0", "a-longer-password, 0" })
	void thePasswordCheckRefusesWhatNeo4jWouldRefuse(String password, int exitCode)
			throws IOException, InterruptedException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		@SuppressWarnings("unchecked")
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		@SuppressWarnings("unchecked")
		var entrypoint = (List<String>) services.get("password-check").get("entrypoint");
		assertThat(services.get("neo4j").get("depends_on").toString()).contains("password-check",
				"service_completed_successfully");
		// Compose turns $$ into $ before the shell sees it.
		var command = entrypoint.stream().map(part -> part.replace("$$", "$")).toList();
		var process = new ProcessBuilder(command).redirectErrorStream(true);
		process.environment().put("NEO4J_PASSWORD", password);
		var started = process.start();
		var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(started.waitFor()).isEqualTo(exitCode);
		if (exitCode != 0) {
			assertThat(output).contains("NEO4J_PASSWORD must have at least 8 characters");
		}
	}

	/**
	 * The profile "scale": its replicas reach the store as the single service does, and
	 * its proxy's configuration is in the repository, passes WebSocket upgrades and does
	 * not hold back Server-Sent Events.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theScaleProfilesReplicasAreTheServiceBehindAProxy() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		var services = (Map<String, Map<String, Object>>) compose.get("services");
		var replica = services.get("innograph-replica");
		assertThat(replica.get("profiles")).isEqualTo(List.of("scale"));
		assertThat((Map<String, Object>) replica.get("environment"))
			.containsAllEntriesOf((Map<String, Object>) services.get("innograph").get("environment"));
		assertThat(((Map<String, Object>) replica.get("deploy")).get("replicas")).isEqualTo("${INNOGRAPH_REPLICAS:-2}");
		var proxy = services.get("proxy");
		assertThat(proxy.get("profiles")).isEqualTo(List.of("scale"));
		var mount = ((List<String>) proxy.get("volumes")).getFirst().split(":")[0];
		var conf = Files.readString(Path.of(mount));
		assertThat(conf).contains("server innograph-replica:8080 resolve", "proxy_set_header Upgrade $http_upgrade",
				"proxy_buffering off", "resolver 127.0.0.11");
	}

}

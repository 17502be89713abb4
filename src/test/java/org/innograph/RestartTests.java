package org.innograph;

import java.nio.file.Path;
import java.util.Map;

import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart keeps the data and duplicates nothing: the service is started twice on the
 * same embedded store, and the second start finds its migrations and seed in place.
 */
class RestartTests {

	@Test
	void aRestartKeepsTheGraphAndDuplicatesNothing() throws Exception {
		var dataDir = Path.of("target/neo4j-test/restart-" + System.nanoTime()).toAbsolutePath();
		Map<String, Long> first;
		try (var context = start(dataDir)) {
			first = counts(context);
		}
		assertThat(dataDir.resolve("data")).as("the store lives in the configured directory").isDirectory();
		try (var context = start(dataDir)) {
			assertThat(counts(context)).isEqualTo(first);
		}
		assertThat(first).containsEntry("SeedLoad", 1L)
			.containsEntry("Migration", migrationFiles())
			.containsEntry("ReferenceLoad", 1L)
			// The seed's 11 cities among the 333 prefecture-level divisions.
			.containsEntry("City", 333L);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// Arguments, not default properties: those would lose to application.yaml.
		return new SpringApplicationBuilder(InnographApplication.class).run("--innograph.store.data-dir=" + dataDir,
				"--spring.main.web-application-type=none");
	}

	static Map<String, Long> counts(ConfigurableApplicationContext context) {
		return context.getBean(GraphStore.class)
			.read("""
					CALL db.labels() YIELD label
					CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS nodes }
					RETURN label, nodes
					""", Map.of(), r -> Map.entry(r.get("label").asString(), r.get("nodes").asLong()))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** One Migration node for each migration file. */
	static long migrationFiles() throws java.io.IOException {
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("graph-schema/migrations"))) {
			return files.filter(f -> f.toString().endsWith(".cypher")).count();
		}
	}

}

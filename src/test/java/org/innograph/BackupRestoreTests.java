package org.innograph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.innograph.cli.Commands;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup of the seed graph restored into an empty store has the same nodes and
 * relationships, by label and by type, and gives the same answer to the sample query.
 */
class BackupRestoreTests {

	static final String SAMPLE = """
			{ city(name: "杭州") { name highTechZones { name level rankings { rank list edition
			  sources { quote document { title publishedAt } } } } } }""";

	@Test
	void aBackupRestoredIntoAnEmptyStoreHasTheSameGraphAndAnswers() throws IOException {
		var root = Files.createDirectories(Path.of("target/neo4j-test/backup-" + System.nanoTime()));
		var file = root.resolve("graph.innograph.jsonl");
		var source = "--innograph.store.data-dir=" + root.resolve("source");
		var target = "--innograph.store.data-dir=" + root.resolve("target");

		// The commands load no seed: the service's start does.
		start(source).close();
		assertThat(backup(file, source)).isZero();
		assertThat(Files.readAllLines(file).getFirst()).contains("\"format\":\"innograph-backup\"", "\"version\":1");
		assertThat(restore(file, target)).isZero();
		assertThat(restore(file, target)).as("a store that is not empty is refused").isOne();

		Map<String, Long> before;
		Object answerBefore;
		try (var context = start(source)) {
			before = RestartTests.counts(context);
			before.putAll(relationshipCounts(context));
			answerBefore = answer(context);
		}
		try (var context = start(target)) {
			var after = RestartTests.counts(context);
			after.putAll(relationshipCounts(context));
			assertThat(after).isEqualTo(before);
			assertThat(answer(context)).isEqualTo(answerBefore);
		}

		var damaged = root.resolve("damaged.jsonl");
		Files.writeString(damaged, Files.readString(file).replace("杭州市", "杭州县"));
		assertThat(restore(damaged, "--innograph.store.data-dir=" + root.resolve("other")))
			.as("a damaged file is refused")
			.isOne();
	}

	/** The command line's {@code backup FILE}: its exit code. */
	private static int backup(Path file, String dataDir) {
		return Commands.run(InnographApplication.class, "backup", file.toString(), dataDir).orElseThrow();
	}

	/** The command line's {@code restore FILE}: its exit code. */
	private static int restore(Path file, String dataDir) {
		return Commands.run(InnographApplication.class, "restore", file.toString(), dataDir).orElseThrow();
	}

	private static ConfigurableApplicationContext start(String dataDir) {
		return new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE).run(dataDir);
	}

	private static Map<String, Long> relationshipCounts(ConfigurableApplicationContext context) {
		return new java.util.HashMap<>(context.getBean(GraphStore.class)
			.read("MATCH ()-[r]->() RETURN 'rel:' + type(r) AS type, count(r) AS n", Map.of(),
					r -> Map.entry(r.get("type").asString(), r.get("n").asLong()))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	private static Object answer(ConfigurableApplicationContext context) {
		var response = context.getBean(ExecutionGraphQlService.class)
			.execute(new DefaultExecutionGraphQlRequest(SAMPLE, null, null, null, "sample", null))
			.block();
		assertThat(response.getErrors()).isEmpty();
		return response.getData();
	}

}

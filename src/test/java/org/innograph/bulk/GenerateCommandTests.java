package org.innograph.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.innograph.InnographApplication;
import org.innograph.cli.Commands;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk load of the generated graph, end to end into a fresh embedded store: it writes
 * every chunk once, a second run writes nothing, and the loaded graph is indexed and
 * searchable as the service's own writes are.
 */
class GenerateCommandTests {

	@Test
	void aLoadWritesEachChunkOnceAndASecondRunWritesNothing() throws IOException {
		var dir = freshDirectory();
		var first = generate(dir, "--writer=embedded");
		assertThat(first).contains("(69 chunks written, 0 already loaded)")
			.containsPattern("The load used [\\d.]+ CPU-seconds \\([\\d,]+ nodes\\+relationships per CPU-second\\)");

		var second = generate(dir);
		assertThat(second).contains("(0 chunks written, 69 already loaded)").doesNotContain("The load used");
		assertThat(graphSize(second)).isEqualTo(graphSize(first));
		assertIndexedAndSearchable(dir);
	}

	@Test
	void aStoreWithoutDataIsImportedAndASecondRunWritesNothing() throws IOException {
		var dir = freshDirectory();
		var first = generate(dir);
		assertThat(first).containsPattern(
				"Imported [\\d,]+ nodes and [\\d,]+ relationships in [\\d.]+ s with Neo4j's bulk importer \\(2 threads\\)")
			.containsPattern("with the store's start, its constraints and indexes: [\\d.]+ s")
			.containsPattern("The load used [\\d.]+ CPU-seconds");
		assertThat(dir.resolve("import-staging")).doesNotExist();

		var second = generate(dir);
		assertThat(second).contains("(0 chunks written, 69 already loaded)").doesNotContain("Imported");
		assertThat(graphSize(second)).isEqualTo(graphSize(first));
		assertIndexedAndSearchable(dir);

		assertThat(generateFails(dir, "--writer=import"))
			.contains("--writer=import writes only a store that has no data yet");
	}

	@Test
	void anImportThatFailsWritesNoStoreAndTheNextRunStartsAgain() throws IOException {
		var dir = freshDirectory().toAbsolutePath();
		var source = Map.<String, Object>of("documentId", "doc-missing", "props", Map.of("id", "src-1", "quote", "q"));
		var dangling = new Chunk("dangling", List.of(), List.of(source), List.of(), List.of(), List.of());
		var importer = new OfflineImport(dir, "neo4j", 2);

		assertThatThrownBy(() -> importer.run("test", List.of(() -> dangling), 10))
			.hasMessageContaining("The import failed, and nothing was written to the store")
			.hasMessageContaining("doc-missing");
		assertThat(importer.applies()).isTrue();
		assertThat(dir.resolve("import-staging")).doesNotExist();

		// What a killed import leaves behind is cleared before the next one.
		Files.createDirectories(dir.resolve("import-staging/data/databases/neo4j"));
		Files.writeString(dir.resolve("import-staging/data/databases/neo4j/neostore"), "half written");
		assertThat(generate(dir)).contains("Imported");
		assertIndexedAndSearchable(dir);
	}

	@Test
	void theImporterAndTheEmbeddedApiWriteTheGraphThatCypherWrites() {
		var imported = freshDirectory();
		var embedded = freshDirectory();
		var cypher = freshDirectory();
		assertThat(generate(imported)).contains("Imported");
		assertThat(generate(embedded, "--writer=embedded")).contains("(69 chunks written, 0 already loaded)");
		assertThat(generate(cypher, "--writer=cypher")).contains("(69 chunks written, 0 already loaded)");

		List<String> written;
		try (var context = start(cypher)) {
			written = dump(context);
		}
		assertThat(written).hasSizeGreaterThan(5_000);
		try (var context = start(embedded)) {
			assertThat(dump(context)).isEqualTo(written);
		}
		try (var context = start(imported)) {
			assertThat(dump(context)).isEqualTo(written);
		}
	}

	@Test
	void aGraphOnRealPlacesTakesTheRealDivisionsOverItWhenTheServiceStarts() {
		var dir = freshDirectory();
		assertThat(generate(dir, "--places=real")).contains("real places").contains("Imported");
		try (var context = new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run("--innograph.store.data-dir=" + dir, "--innograph.seed.enabled=false", "--logging.level.root=warn")) {
			// Every division once, the generated places among them under their own ids.
			assertThat(count(context, """
					MATCH (e:Division) WHERE e.adminLevel IS NOT NULL
					RETURN count(DISTINCT e.adminCode) * 100000 + count(e) AS n""")).isEqualTo(3341L * 100000 + 3341);
			assertThat(count(context, """
					MATCH (c:City) WHERE c.id STARTS WITH 'gen-city-' AND c.adminLevel = 'PREFECTURE'
					RETURN count(c) AS n""")).isBetween(27L, 40L);
			// One LOCATED_IN to its real parent for every division.
			assertThat(count(context, """
					MATCH (e:Division) WHERE e.adminLevel <> 'PROVINCE'
					  AND COUNT { (e)-[:LOCATED_IN]->(:Division) } <> 1
					RETURN count(e) AS n""")).isZero();
			// The generated zones, laboratories and facts hang on the real cities.
			assertThat(count(context, """
					MATCH (:HighTechZone)-[:LOCATED_IN]->(c:City)-[:LOCATED_IN]->(:Province {adminCode: '330000'})
					WHERE c.adminCode = '330100' AND c.name = '杭州市'
					RETURN count(*) AS n""")).isPositive();
		}
	}

	/** The store has the migrations' indexes, and the full-text one holds the names. */
	private static void assertIndexedAndSearchable(Path dir) throws IOException {
		try (var context = start(dir)) {
			assertThat(indexNames(context)).isEqualTo(indexesOfTheMigrations());
			// The label and relationship type lookups, without which a label scan reads
			// every node.
			assertThat(count(context, """
					SHOW INDEXES YIELD type, state WHERE type = 'LOOKUP' AND state = 'ONLINE'
					RETURN count(*) AS n""")).isEqualTo(2);
			assertThat(count(context, """
					MATCH (c:City) WITH c LIMIT 1
					CALL db.index.fulltext.queryNodes('entity_names', c.name) YIELD node
					RETURN count(node) AS n""")).isPositive();
		}
	}

	@Test
	void theCypherWriterRefusesAChunkWithAReferenceToANodeThatIsNowhere() {
		try (var context = start(freshDirectory())) {
			var store = context.getBean(GraphStore.class);
			var writer = new CypherWriter(store);
			writer.begin("test");
			var city = Map.<String, Object>of("id", "city-x", "kind", "City", "props",
					Map.of("id", "city-x", "kind", "City", "name", "x"), "keys", List.of(), "sourceIds", List.of());
			var fact = Map.<String, Object>of("id", "fact-x", "label", "Metric", "subjectId", "city-x", "props",
					Map.of("id", "fact-x", "name", "m", "value", 1.0), "sourceIds", List.of("src-missing"));
			var dangling = new Chunk("dangling", List.of(), List.of(), List.of(city), List.of(fact), List.of());

			assertThatThrownBy(() -> writer.write("test", dangling))
				.hasMessageContaining("chunk dangling refers to documents, sources or entities")
				.hasMessageContaining("1 of 2 relationships could not be made");
			assertThat(count(context, "MATCH (n:Sourced) RETURN count(n) AS n")).isZero();
			assertThat(count(context, "MATCH (c:BulkChunk) RETURN count(c) AS n")).isZero();

			var whole = new Chunk("whole", List.of(), List.of(), List.of(city), List.of(), List.of());
			assertThat(writer.write("test", whole)).containsExactly(1, 0);
			assertThat(count(context, "MATCH (n:Sourced:Entity {id: 'city-x'}) RETURN count(n) AS n")).isOne();
		}
	}

	/**
	 * Every node with its labels and properties, and every relationship with its type,
	 * properties and ends, with the type of each value, in order; the times at which
	 * chunks were written, and the graph's version (which counts transactions), left out.
	 */
	private static List<String> dump(ConfigurableApplicationContext context) {
		var store = context.getBean(GraphStore.class);
		var lines = new ArrayList<String>(store.readForMaintenance("""
				MATCH (n) WHERE NOT n:GraphVersion
				RETURN labels(n) AS labels, properties(n) AS properties,
				  [k IN keys(n) | k + ' ' + valueType(n[k])] AS types""", Map.of(),
				r -> new TreeSet<>(r.get("labels").asList(Value::asString)) + " " + withoutTimes(r.get("properties"))
						+ " " + new TreeSet<>(r.get("types").asList(Value::asString))));
		lines.addAll(store.readForMaintenance("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.id, a.key) AS from, type(r) AS type, properties(r) AS properties,
				  coalesce(b.id, b.key) AS to""", Map.of(), r -> r.get("from").asString() + " -"
				+ r.get("type").asString() + " " + withoutTimes(r.get("properties")) + "-> " + r.get("to").asString()));
		Collections.sort(lines);
		return lines;
	}

	private static TreeMap<String, Object> withoutTimes(Value properties) {
		var map = new TreeMap<String, Object>(properties.asMap());
		map.keySet().removeAll(List.of("at", "startedAt", "appliedAt"));
		return map;
	}

	private static Path freshDirectory() {
		return Path.of("target/neo4j-test/generate-" + UUID.randomUUID());
	}

	private static String generate(Path dir, String... options) {
		return generate(0, dir, options);
	}

	private static String generateFails(Path dir, String... options) {
		return generate(1, dir, options);
	}

	/** Runs the command at a small scale, and returns what it printed, out and err. */
	private static String generate(int exitCode, Path dir, String... options) {
		var printed = new ByteArrayOutputStream();
		var out = System.out;
		var err = System.err;
		var capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			var args = new ArrayList<>(List.of("generate", "--scale=0.02", "--seed=3",
					"--innograph.store.data-dir=" + dir, "--logging.level.root=warn"));
			args.addAll(List.of(options));
			assertThat(Commands.run(InnographApplication.class, args.toArray(String[]::new))).hasValue(exitCode);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return printed.toString(StandardCharsets.UTF_8);
	}

	private static String graphSize(String output) {
		var m = Pattern.compile("the graph holds ([\\d,]+ nodes and [\\d,]+ relationships)").matcher(output);
		assertThat(m.find()).as(output).isTrue();
		return m.group(1);
	}

	private static ConfigurableApplicationContext start(Path dir) {
		return new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run("--innograph.store.data-dir=" + dir, "--innograph.seed.enabled=false",
					"--innograph.reference.enabled=false", "--logging.level.root=warn");
	}

	private static TreeSet<String> indexNames(ConfigurableApplicationContext context) {
		return new TreeSet<>(context.getBean(GraphStore.class)
			.readForMaintenance(
					"SHOW INDEXES YIELD name, owningConstraint, type "
							+ "WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name",
					Map.of(), r -> r.get("name").asString()));
	}

	private static long count(ConfigurableApplicationContext context, String cypher) {
		return context.getBean(GraphStore.class)
			.readForMaintenance(cypher, Map.of(), r -> r.get("n").asLong())
			.getFirst();
	}

	/** The secondary indexes that the migrations create and do not drop again. */
	private static TreeSet<String> indexesOfTheMigrations() throws IOException {
		var names = new TreeSet<String>();
		try (var files = Files.list(Path.of("graph-schema/migrations"))) {
			for (var file : files.sorted().toList()) {
				var text = Files.readString(file);
				var created = Pattern.compile("CREATE (?:FULLTEXT )?INDEX (\\w+)").matcher(text);
				while (created.find()) {
					names.add(created.group(1));
				}
				var dropped = Pattern.compile("DROP INDEX (\\w+)").matcher(text);
				while (dropped.find()) {
					names.remove(dropped.group(1));
				}
			}
		}
		return names;
	}

}

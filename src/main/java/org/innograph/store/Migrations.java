package org.innograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher files of {@code graph-schema/migrations} at start-up, in
 * version order, and records each one in the graph as a {@code :Migration} node with its
 * checksum. An applied migration is never run again, and one that was edited after it was
 * applied stops the start-up: migrations are append-only. They are the first step of the
 * {@link StoreSetUp}, which runs before the HTTP port opens (or, for an external store
 * away at start-up, when it comes, the service not ready until then), so no request ever
 * sees a store without its schema.
 */
@Component
public class Migrations {

	private static final Logger log = LoggerFactory.getLogger(Migrations.class);

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private static final String LOCATION = "classpath*:graph-schema/migrations/*.cypher";

	private final GraphStore store;

	Migrations(GraphStore store, StoreSetUp setUp) {
		this.store = store;
		setUp.add(0, "migrations", () -> {
			try {
				apply();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	void apply() throws IOException {
		var applied = this.store.readForMaintenance("""
				MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum
				""", Map.of(), r -> Map.entry(r.get("version").asInt(), r.get("checksum").asString()))
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		var available = available();
		var known = available.stream().map(Migration::version).collect(java.util.stream.Collectors.toSet());
		applied.keySet()
			.stream()
			.filter(version -> !known.contains(version))
			.sorted()
			.forEach(version -> log
				.warn("The store has migration V{} applied, which this version does not have: a newer version wrote "
						+ "to it, and this one may not read everything it wrote", version));
		for (var migration : available) {
			var checksum = applied.get(migration.version());
			if (checksum != null) {
				if (!checksum.equals(migration.checksum())) {
					throw new IllegalStateException(
							"Migration V%04d (%s) was changed after it was applied: add a new migration instead"
								.formatted(migration.version(), migration.description()));
				}
				continue;
			}
			var started = System.nanoTime();
			migration.statements().forEach(this::apply);
			this.store.writeForMaintenance(
					tx -> tx
						.run("""
								MERGE (m:Migration {version: $version})
								ON CREATE SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
								""",
								Map.of("version", migration.version(), "description", migration.description(),
										"checksum", migration.checksum()))
						.consume());
			log.info("Applied migration V{}__{} in {} ms", migration.version(), migration.description(),
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Runs one statement. A start killed while Neo4j was creating a uniqueness constraint
	 * can leave the constraint's index without the constraint, and the index then blocks
	 * the constraint's creation: such an index is dropped and the statement run again.
	 */
	private void apply(String statement) {
		try {
			this.store.schema(statement);
		}
		catch (ClientException ex) {
			var orphan = ORPHAN_INDEX.matcher(String.valueOf(ex.getMessage()));
			if (!statement.startsWith("CREATE CONSTRAINT") || !orphan.find()) {
				throw ex;
			}
			log.warn("Dropping index {}, left by an interrupted creation of its constraint", orphan.group(1));
			this.store.schema("DROP INDEX `%s` IF EXISTS".formatted(orphan.group(1).replace("`", "``")));
			this.store.schema(statement);
		}
	}

	private static final Pattern ORPHAN_INDEX = Pattern.compile("There already exists an index called '([^']+)'");

	static List<Migration> available() throws IOException {
		var resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		var byVersion = new java.util.TreeMap<Integer, Migration>();
		for (Resource resource : resources) {
			var matcher = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
			if (!matcher.matches()) {
				throw new IllegalStateException(
						"Migration file name must look like V0001__Description.cypher: " + resource.getFilename());
			}
			var text = resource.getContentAsString(StandardCharsets.UTF_8);
			var migration = new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), Sha256.hex(text),
					statements(text));
			// A class path may list one folder twice: the same file is one migration.
			var same = byVersion.putIfAbsent(migration.version(), migration);
			if (same != null && !same.checksum().equals(migration.checksum())) {
				throw new IllegalStateException("Two migrations are numbered V%04d: %s and %s"
					.formatted(migration.version(), same.description(), migration.description()));
			}
		}
		return new ArrayList<>(byVersion.values());
	}

	/**
	 * Splits a file into statements at each {@code ;} that ends a line; drops comments.
	 */
	static List<String> statements(String text) {
		var withoutComments = text.lines()
			.filter(line -> !line.strip().startsWith("//"))
			.reduce("", (a, b) -> a + b + "\n");
		return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

	record Migration(int version, String description, String checksum, List<String> statements) {
	}

}

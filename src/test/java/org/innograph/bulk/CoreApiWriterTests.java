package org.innograph.bulk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded writer against a real store, where parallel chunks meet: a name key that
 * another transaction commits while a chunk is being written.
 */
class CoreApiWriterTests {

	private DatabaseManagementService dbms;

	private GraphDatabaseService db;

	@BeforeEach
	void start() {
		this.dbms = new DatabaseManagementServiceBuilder(
				Path.of("target/neo4j-test/core-api-writer-" + UUID.randomUUID()).toAbsolutePath())
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		this.db = this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		this.db
			.executeTransactionally("CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:NameKey) REQUIRE n.key IS UNIQUE");
		this.db
			.executeTransactionally("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
	}

	@AfterEach
	void stop() {
		this.dbms.shutdown();
	}

	@Test
	void aNameKeyThatAnotherTransactionCommitsMeanwhileIsTakenAndTheChunkStillCommits() throws Exception {
		var other = this.db.beginTx();
		other.createNode(Label.label("NameKey")).setProperty("key", "hangzhou");

		// The writer does not see the other's key yet, creates its own, and waits at the
		// constraint's check for the other transaction to end.
		var writing = new CompletableFuture<long[]>();
		var writer = new Thread(() -> {
			try {
				writing.complete(new CoreApiWriter(this.db).write("test", chunk("city-hangzhou", "hangzhou")));
			}
			catch (RuntimeException ex) {
				writing.completeExceptionally(ex);
			}
		});
		writer.start();
		awaitWaitingForALock(writer, writing);
		other.commit();
		other.close();

		assertThat(writing.get(30, TimeUnit.SECONDS)).containsExactly(1, 1);
		Map<String, Object> found = this.db.executeTransactionally("""
				MATCH (k:NameKey {key: 'hangzhou'})
				RETURN count(k) AS keys, COUNT { (k)<-[:KNOWN_AS]-(:City {id: 'city-hangzhou'}) } AS known""", Map.of(),
				r -> r.next());
		assertThat(found).containsEntry("keys", 1L).containsEntry("known", 1L);
	}

	@Test
	void aChunkIsWrittenOnceAndAReferenceToANodeThatIsNowhereWritesNothing() {
		var writer = new CoreApiWriter(this.db);
		assertThat(writer.write("test", chunk("city-a", "a"))).containsExactly(2, 1);
		assertThat(writer.write("test", chunk("city-a", "a"))).isNull();

		var dangling = new Chunk("dangling", List.of(), List.of(), List.of(entity("city-b", "b", List.of("src-x"))),
				List.of(), List.of());
		assertThatThrownBy(() -> writer.write("test", dangling)).hasMessageContaining("Source src-x");
		Object written = this.db.executeTransactionally("MATCH (e:Entity {id: 'city-b'}) RETURN count(e) AS n",
				Map.of(), r -> r.next().get("n"));
		assertThat(written).isEqualTo(0L);
	}

	@Test
	void eachCommittedChunkRaisesTheGraphsVersionAndAFailedOneDoesNot() {
		// As migration V0007 makes it.
		this.db.executeTransactionally("MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.version = 0");
		var writer = new CoreApiWriter(this.db);
		writer.begin("test");
		assertThat(version()).isEqualTo(1L);
		writer.write("test", chunk("city-e", "e"));
		assertThat(version()).isEqualTo(2L);
		var dangling = new Chunk("dangling", List.of(), List.of(), List.of(entity("city-f", "f", List.of("src-x"))),
				List.of(), List.of());
		assertThatThrownBy(() -> writer.write("test", dangling)).hasMessageContaining("Source src-x");
		assertThat(version()).isEqualTo(2L);
	}

	private Object version() {
		return this.db.executeTransactionally("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.version AS version",
				Map.of(), r -> r.next().get("version"));
	}

	@Test
	void listsAreStoredAsArraysOfTheirTypeAndAMixedListIsRefused() {
		var writer = new CoreApiWriter(this.db);
		var entity = Map.<String, Object>of("id", "city-c", "kind", "City", "props",
				Map.of("id", "city-c", "kind", "City", "aliases", List.of("c", "cee"), "years", List.of(2020, 2021)),
				"keys", List.of(), "sourceIds", List.of());
		writer.write("test", new Chunk("lists", List.of(), List.of(), List.of(entity), List.of(), List.of()));
		Map<String, Object> types = this.db.executeTransactionally(
				"MATCH (e:Entity {id: 'city-c'}) RETURN valueType(e.aliases) AS aliases, valueType(e.years) AS years",
				Map.of(), r -> r.next());
		assertThat(types).containsEntry("aliases", "LIST<STRING NOT NULL> NOT NULL")
			.containsEntry("years", "LIST<INTEGER NOT NULL> NOT NULL");

		var mixed = Map.<String, Object>of("id", "city-d", "kind", "City", "props",
				Map.of("id", "city-d", "kind", "City", "aliases", List.of("d", 4)), "keys", List.of(), "sourceIds",
				List.of());
		assertThatThrownBy(() -> writer.write("test",
				new Chunk("mixed", List.of(), List.of(), List.of(mixed), List.of(), List.of())))
			.hasMessageContaining("only strings or only numbers");
	}

	/** Until the writer waits on a lock that the other transaction holds. */
	private static void awaitWaitingForALock(Thread writer, CompletableFuture<?> writing) throws Exception {
		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			if (writing.isDone()) {
				throw new AssertionError("the writer did not wait: " + writing.handle((r, ex) -> r + " " + ex).get());
			}
			var waiting = writer.getState() == Thread.State.WAITING || writer.getState() == Thread.State.TIMED_WAITING;
			if (waiting && Arrays.stream(writer.getStackTrace())
				.anyMatch(frame -> frame.getClassName().contains(".locking."))) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError(
				"the writer never waited for the other transaction: " + Arrays.toString(writer.getStackTrace()));
	}

	private static Chunk chunk(String id, String key) {
		return new Chunk("chunk-" + id, List.of(), List.of(), List.of(entity(id, key, List.of())), List.of(),
				List.of());
	}

	private static Map<String, Object> entity(String id, String key, List<String> sourceIds) {
		return Map.of("id", id, "kind", "City", "props", Map.of("id", id, "kind", "City", "name", key), "keys",
				List.of(Map.of("key", key, "rank", 0)), "sourceIds", sourceIds);
	}

}

package org.innograph.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.innograph.InnographApplication;
import org.innograph.cli.Commands;
import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup that breaks midway, or during which the graph is written, leaves no file; a
 * restore of a damaged or truncated file writes nothing; a restore that breaks after some
 * batches leaves its marker, so that the store is not served, and a forced restore then
 * gives the whole graph.
 */
class InterruptedBackupAndRestoreTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Path root;

	static Path backup;

	static GraphContents source;

	@BeforeAll
	static void backUpTheSeedGraph() throws IOException {
		root = Files.createDirectories(Path.of("target/neo4j-test/interrupted-" + System.nanoTime()));
		backup = root.resolve("seed.innograph.jsonl");
		try (var context = start(root.resolve("source"), "--innograph.seed.enabled=true")) {
			source = GraphContents.of(context.getBean(GraphStore.class));
			context.getBean(GraphBackup.class).backup(backup);
		}
		assertThat(source.nodes()).hasSizeGreaterThan(500);
	}

	@Test
	void aBackupWhoseFileBreaksMidwayLeavesNoFileAndAnOlderBackupAsItWas() throws IOException {
		var file = root.resolve("broken.jsonl");
		Files.writeString(file, "an older backup\n");
		try (var context = start(root.resolve("source"))) {
			var store = context.getBean(GraphStore.class);
			var version = store.version();
			assertThatThrownBy(
					() -> context.getBean(GraphBackup.class).backup(file, out -> new BreaksAfter(out, 100_000, () -> {
						throw new IOException("disk full");
					})))
				.isInstanceOf(IOException.class)
				.hasMessage("disk full");
			assertThat(Files.readString(file)).isEqualTo("an older backup\n");
			assertThat(root.resolve("broken.jsonl.partial")).doesNotExist();
			assertThat(store.version()).isEqualTo(version);
		}
	}

	@Test
	void aBackupDuringWhichAWriteCommitsIsRefusedAndLeavesNoFile() throws IOException {
		var file = root.resolve("during-a-write.jsonl");
		try (var context = start(root.resolve("source"))) {
			var store = context.getBean(GraphStore.class);
			assertThatThrownBy(
					() -> context.getBean(GraphBackup.class)
						.backup(file, out -> new BreaksAfter(out, 100_000, () -> store.writeForMaintenance(
								tx -> tx.run("MATCH (n:Document) WITH n LIMIT 1 SET n.touched = true").consume()))))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("changed while it was backed up");
			assertThat(file).doesNotExist();
			assertThat(root.resolve("during-a-write.jsonl.partial")).doesNotExist();
			store.writeForMaintenance(tx -> tx.run("MATCH (n:Document) REMOVE n.touched").consume());
		}
	}

	@Test
	void aDamagedOrTruncatedFileIsRefusedBeforeAnythingIsWritten() throws IOException {
		var lines = Files.readAllLines(backup);
		var truncated = root.resolve("truncated.jsonl");
		Files.write(truncated, lines.subList(0, lines.size() / 2));
		var damaged = root.resolve("damaged.jsonl");
		Files.writeString(damaged, Files.readString(backup).replaceFirst("\"labels\":\\[\"", "\"labels\":[\"X"));
		var empty = root.resolve("refused");
		try (var context = start(empty)) {
			var restore = context.getBean(GraphBackup.class);
			assertThatThrownBy(() -> restore.restore(truncated)).hasMessageContaining("damaged");
			assertThatThrownBy(() -> restore.restore(damaged)).hasMessageContaining("damaged");
			assertThat(GraphContents.of(context.getBean(GraphStore.class)).nodes()).isEmpty();
		}
	}

	@Test
	void aRestoreThatBreaksMidwayLeavesItsMarkerAndAForcedRestoreMendsIt() throws IOException {
		var target = root.resolve("broken-restore");
		try (var context = start(target, "--innograph.backup.refuse-unfinished-restore=false")) {
			var restore = context.getBean(GraphBackup.class);
			var store = context.getBean(GraphStore.class);
			assertThatThrownBy(() -> restore.restore(backup, false, 100, batch -> {
				if (batch == 5) {
					throw new IllegalStateException("killed");
				}
			})).hasMessage("killed");
			assertThat(count(store, "MATCH (m:RestoreInProgress) RETURN count(m) AS n")).isOne();
			// Part of the graph was written: nodes of the first batches, and none since.
			assertThat(count(store, "MATCH (n:Restoring) RETURN count(n) AS n")).isEqualTo(500);
			assertThatThrownBy(() -> restore.restore(backup)).hasMessageContaining("unfinished restore")
				.hasMessageContaining("--force");
		}
		assertThatThrownBy(() -> start(target)).rootCause()
			.hasMessageContaining("unfinished restore")
			.hasMessageContaining("is not served");
		assertThat(command("backup", root.resolve("of-a-half-restore.jsonl"), target)).isOne();
		assertThat(root.resolve("of-a-half-restore.jsonl")).doesNotExist();

		assertThat(command("restore", backup, target, "--force")).isZero();
		try (var context = start(target)) {
			var store = context.getBean(GraphStore.class);
			GraphContents.of(store).assertSameAs(source);
			assertThat(count(store, "MATCH (m:RestoreInProgress) RETURN count(m) AS n")).isZero();
			assertThat(count(store, "SHOW INDEXES YIELD name WHERE name = 'restore_backup_id' RETURN count(*) AS n"))
				.isZero();
		}
	}

	@Test
	void aRelationshipToAMissingNodeFailsTheRestoreAndAFileWithNumberKeysRestoresWhole() throws IOException {
		// Older backups keyed their nodes by numbers from 0.
		var numbers = new HashMap<String, Integer>();
		var numbered = new ArrayList<String>();
		var lines = Files.readAllLines(backup);
		for (var line : lines.subList(1, lines.size() - 1)) {
			var item = JSON.readValue(line, Map.class);
			if (item.containsKey("n")) {
				numbers.put((String) item.get("n"), numbers.size());
				item.put("n", numbers.get(item.get("n")));
			}
			else {
				item.put("start", numbers.get(item.get("start")));
				item.put("end", numbers.get(item.get("end")));
			}
			numbered.add(JSON.writeValueAsString(item));
		}
		var withNumbers = root.resolve("numbers.jsonl");
		write(withNumbers, lines.getFirst(), numbered);
		var dangling = root.resolve("dangling.jsonl");
		numbered.set(numbered.size() - 1, numbered.getLast().replaceFirst("\"end\":\\d+", "\"end\":-1"));
		write(dangling, lines.getFirst(), numbered);

		try (var context = start(root.resolve("numbers"), "--innograph.backup.refuse-unfinished-restore=false")) {
			var restore = context.getBean(GraphBackup.class);
			var store = context.getBean(GraphStore.class);
			assertThatThrownBy(() -> restore.restore(dangling)).hasMessageContaining("name a node it does not hold");
			assertThat(count(store, "MATCH (m:RestoreInProgress) RETURN count(m) AS n")).isOne();
			restore.restore(withNumbers, true);
			GraphContents.of(store).assertSameAs(source);
		}
	}

	/** A backup of these lines, with its trailer. */
	private static void write(Path file, String header, List<String> items) throws IOException {
		var digest = Sha256.digest();
		for (var line : Stream.concat(Stream.of(header), items.stream()).toList()) {
			digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
		}
		var counts = JSON.readValue(header, Map.class);
		var trailer = Map.of("nodes", counts.get("nodes"), "relationships", counts.get("relationships"), "sha256",
				HexFormat.of().formatHex(digest.digest()));
		Files.write(file,
				Stream
					.concat(Stream.concat(Stream.of(header), items.stream()),
							Stream.of(JSON.writeValueAsString(trailer)))
					.toList());
	}

	@Test
	void forceDoesNotClearAStoreThatHoldsAGraph() {
		assertThat(command("restore", backup, root.resolve("source"), "--force")).isOne();
	}

	private static long count(GraphStore store, String cypher) {
		return store.readForMaintenance(cypher, Map.of(), r -> r.get("n").asLong()).getFirst();
	}

	private static int command(String command, Path file, Path dataDir, String... options) {
		var args = new ArrayList<>(List.of(command, file.toString(), "--innograph.store.data-dir=" + dataDir,
				"--logging.level.root=warn"));
		args.addAll(List.of(options));
		return Commands.run(InnographApplication.class, args.toArray(String[]::new)).orElseThrow();
	}

	static ConfigurableApplicationContext start(Path dataDir, String... options) {
		var args = new ArrayList<>(List.of("--innograph.store.data-dir=" + dataDir,
				"--innograph.reference.enabled=false", "--logging.level.root=warn"));
		if (List.of(options).stream().noneMatch(o -> o.startsWith("--innograph.seed.enabled"))) {
			args.add("--innograph.seed.enabled=false");
		}
		args.addAll(List.of(options));
		return new SpringApplicationBuilder(InnographApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	/** Hands the bytes on, and after so many runs what it is given, once. */
	private static final class BreaksAfter extends FilterOutputStream {

		interface Action {

			void run() throws IOException;

		}

		private final long limit;

		private final Action action;

		private long written;

		private boolean done;

		BreaksAfter(OutputStream out, long limit, Action action) {
			super(out);
			this.limit = limit;
			this.action = action;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.written += length;
			if (this.written > this.limit && !this.done) {
				this.done = true;
				this.action.run();
			}
			this.out.write(bytes, offset, length);
		}

	}

}

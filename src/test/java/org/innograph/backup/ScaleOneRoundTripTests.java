package org.innograph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.innograph.InnographApplication;
import org.innograph.cli.Commands;
import org.innograph.store.GraphStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic graph of scale 1, backed up and restored into an empty store by the
 * commands, has the same nodes with the same labels and properties, and the same
 * relationships between them with the same types and properties.
 */
class ScaleOneRoundTripTests {

	@Test
	void everyNodeRelationshipAndPropertySurvivesTheRoundTrip() throws IOException {
		var root = Files.createDirectories(Path.of("target/neo4j-test/scale-one-" + System.nanoTime()));
		var source = root.resolve("source");
		var target = root.resolve("target");
		var file = root.resolve("scale-1.innograph.jsonl");

		assertThat(command("generate", "--scale=1", "--seed=42", "--innograph.store.data-dir=" + source)).isZero();
		var started = System.nanoTime();
		assertThat(command("backup", file.toString(), "--innograph.store.data-dir=" + source)).isZero();
		var backedUp = System.nanoTime();
		assertThat(command("restore", file.toString(), "--innograph.store.data-dir=" + target)).isZero();
		System.out.printf("Scale 1: backup %.1f s, restore %.1f s (each with its start), file %,d bytes%n",
				(backedUp - started) / 1e9, (System.nanoTime() - backedUp) / 1e9, Files.size(file));

		GraphContents before;
		try (var context = InterruptedBackupAndRestoreTests.start(source)) {
			before = GraphContents.of(context.getBean(GraphStore.class));
		}
		assertThat(before.nodes()).hasSizeGreaterThan(100_000);
		assertThat(before.relationships()).hasSizeGreaterThan(200_000);
		try (var context = InterruptedBackupAndRestoreTests.start(target)) {
			GraphContents.of(context.getBean(GraphStore.class)).assertSameAs(before);
		}
	}

	private static int command(String... args) {
		var all = new ArrayList<>(List.of(args));
		all.add("--logging.level.root=warn");
		return Commands.run(InnographApplication.class, all.toArray(String[]::new)).orElseThrow();
	}

}

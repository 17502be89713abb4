package org.innograph.backup;

import java.nio.file.Path;
import java.util.Map;

import org.innograph.backup.GraphBackup.Counts;
import org.innograph.store.GraphStore;

/**
 * The store a restore writes into: checked to be empty (or cleared of an unfinished
 * restore when forced), marked while the restore writes, and unmarked when it holds the
 * whole graph. A store that holds the marker is never served (see
 * {@link UnfinishedRestoreCheck}).
 */
final class RestoreTarget {

	/** Marks a store that a restore is writing, or that a restore left unfinished. */
	static final String MARKER = "RestoreInProgress";

	private final GraphStore store;

	private final int batchSize;

	/**
	 * @param batchSize the nodes cleared or unkeyed per transaction
	 */
	RestoreTarget(GraphStore store, int batchSize) {
		this.store = store;
		this.batchSize = batchSize;
	}

	/**
	 * Checks that the store may be restored into, clears an unfinished restore when
	 * forced, and marks the store before anything is written.
	 */
	void begin(Path file, boolean force) {
		var unfinished = this.store.readForMaintenance("""
				MATCH (m:RestoreInProgress)
				RETURN m.file AS file, toString(m.startedAt) AS startedAt
				""", Map.of(), r -> r.get("file").asString() + " (started at " + r.get("startedAt").asString() + ")");
		if (!unfinished.isEmpty()) {
			if (!force) {
				throw new IllegalStateException("The store holds an unfinished restore from " + unfinished.getFirst()
						+ "; restore again with --force to clear it first");
			}
			clear();
		}
		else {
			var present = this.store.readForMaintenance(BackupWriter.COUNT_NODES, Map.of(), r -> r.get("n").asLong())
				.getFirst();
			if (present > 0) {
				throw new IllegalStateException("Restore needs an empty store; this one holds " + present + " nodes");
			}
		}
		this.store.writeForMaintenance(tx -> tx.run("""
				MERGE (m:RestoreInProgress)
				SET m.startedAt = datetime(), m.file = $file
				""", Map.of("file", file.toAbsolutePath().toString())).consume());
		this.store.schema("CREATE INDEX restore_backup_id IF NOT EXISTS FOR (n:Restoring) ON (n._backupId)");
		this.store.schema("CALL db.awaitIndexes(300)");
	}

	/**
	 * Deletes what an unfinished restore wrote, a batch at a time, keeping its marker.
	 */
	private void clear() {
		long deleted;
		do {
			deleted = this.store.writeForMaintenance(tx -> tx.run("""
					MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion AND NOT n:RestoreInProgress
					WITH n LIMIT $batch
					DETACH DELETE n
					RETURN count(*) AS n
					""", Map.of("batch", this.batchSize)).single().get("n").asLong());
		}
		while (deleted > 0);
	}

	/** What the store holds, counted as a backup counts it. */
	Counts counts() {
		var nodes = this.store.readForMaintenance(BackupWriter.COUNT_NODES, Map.of(), r -> r.get("n").asLong())
			.getFirst();
		var relationships = this.store
			.readForMaintenance(BackupWriter.COUNT_RELATIONSHIPS, Map.of(), r -> r.get("n").asLong())
			.getFirst();
		return new Counts(nodes, relationships);
	}

	/**
	 * Takes the restore's keys off the nodes, a batch at a time, and its index; the
	 * marker goes last, when the store holds the whole graph and nothing else.
	 */
	void finish() {
		long unkeyed;
		do {
			unkeyed = this.store.writeForMaintenance(tx -> tx.run("""
					MATCH (n:Restoring) WITH n LIMIT $batch
					REMOVE n:Restoring, n._backupId
					RETURN count(n) AS n
					""", Map.of("batch", this.batchSize)).single().get("n").asLong());
		}
		while (unkeyed > 0);
		this.store.schema("DROP INDEX restore_backup_id IF EXISTS");
		this.store.writeForMaintenance(tx -> tx.run("MATCH (m:RestoreInProgress) DELETE m").consume());
	}

}

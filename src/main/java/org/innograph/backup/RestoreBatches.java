package org.innograph.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.innograph.store.GraphStore;

/**
 * The rows of a restore, written a batch at a time: nodes keyed by their backup's id (an
 * indexed property, so that memory does not hold the keys), relationships between the
 * nodes of those keys.
 */
final class RestoreBatches {

	private final GraphStore store;

	private final int size;

	private final IntConsumer afterBatch;

	private final List<Map<String, Object>> nodes;

	private final List<Map<String, Object>> relationships;

	private int written;

	/**
	 * @param size the nodes or relationships written per transaction
	 * @param afterBatch called with the number of each batch written, from 1
	 */
	RestoreBatches(GraphStore store, int size, IntConsumer afterBatch) {
		this.store = store;
		this.size = size;
		this.afterBatch = afterBatch;
		this.nodes = new ArrayList<>(size);
		this.relationships = new ArrayList<>(size);
	}

	@SuppressWarnings("unchecked")
	void add(Map<String, Object> item) {
		item.put("properties", BackupFormat.restored((Map<String, Object>) item.get("properties")));
		if (item.containsKey("n")) {
			// A relationship may name only nodes written before it.
			writeRelationships();
			this.nodes.add(item);
			if (this.nodes.size() == this.size) {
				writeNodes();
			}
		}
		else {
			writeNodes();
			this.relationships.add(item);
			if (this.relationships.size() == this.size) {
				writeRelationships();
			}
		}
	}

	void flush() {
		writeNodes();
		writeRelationships();
	}

	private void writeNodes() {
		if (this.nodes.isEmpty()) {
			return;
		}
		var rows = List.copyOf(this.nodes);
		this.store.writeForMaintenance(tx -> tx.run("""
				UNWIND $rows AS row
				CREATE (n:Restoring {_backupId: row.n})
				SET n += row.properties, n:$(row.labels)
				""", Map.of("rows", rows)).consume());
		this.nodes.clear();
		this.afterBatch.accept(++this.written);
	}

	private void writeRelationships() {
		if (this.relationships.isEmpty()) {
			return;
		}
		var rows = List.copyOf(this.relationships);
		var created = this.store.writeForMaintenance(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (a:Restoring {_backupId: row.start})
				MATCH (b:Restoring {_backupId: row.end})
				CREATE (a)-[r:$(row.r)]->(b)
				SET r = row.properties
				RETURN count(r) AS n
				""", Map.of("rows", rows)).single().get("n").asLong());
		if (created != rows.size()) {
			throw new IllegalStateException(
					(rows.size() - created) + " relationships of the backup name a node it does not hold");
		}
		this.relationships.clear();
		this.afterBatch.accept(++this.written);
	}

}

package org.innograph.backup;

import java.util.Map;

import org.innograph.store.GraphStore;
import org.innograph.store.StoreSetUp;

import org.springframework.stereotype.Component;

/**
 * Refuses to serve a store that holds an unfinished restore (its marker): such a store
 * holds part of a graph, which would answer as if it were the whole. The check runs right
 * after the migrations, before the seed or anything else writes, and fails the start (or,
 * for an external store that came late, leaves the service not ready). The restore
 * command turns it off, since it clears such a store itself when forced.
 */
@Component
class UnfinishedRestoreCheck {

	UnfinishedRestoreCheck(GraphStore store, BackupProperties properties, StoreSetUp setUp) {
		setUp.add(1, "check for an unfinished restore", () -> {
			if (!properties.refuseUnfinishedRestore()) {
				return;
			}
			var unfinished = store.readForMaintenance("""
					MATCH (m:RestoreInProgress)
					RETURN m.file AS file, toString(m.startedAt) AS startedAt
					""", Map.of(),
					r -> r.get("file").asString() + " (started at " + r.get("startedAt").asString() + ")");
			if (!unfinished.isEmpty()) {
				throw new IllegalStateException("The store holds an unfinished restore from " + unfinished.getFirst()
						+ " and is not served: run restore FILE --force to clear it and restore again");
			}
		});
	}

}

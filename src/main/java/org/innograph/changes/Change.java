package org.innograph.changes;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/** One entry of the change log, as {@link org.innograph.store.ChangeLog} wrote it. */
record Change(ChangeCursor cursor, String kind, String op, @Nullable String factId, @Nullable String factKind,
		List<String> subjectIds, @Nullable String documentId, String at) {

	static Change from(Record r) {
		return new Change(new ChangeCursor(r.get("seq").asLong(), r.get("n").asLong()), r.get("kind").asString(),
				r.get("op").asString(), text(r, "factId"), text(r, "factKind"),
				r.get("subjectIds").asList(v -> v.asString()), text(r, "documentId"), r.get("at").asString());
	}

	private static @Nullable String text(Record r, String key) {
		return r.get(key).isNull() ? null : r.get(key).asString();
	}

}

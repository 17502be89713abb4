package org.innograph.bulk;

import java.util.List;
import java.util.Map;

/**
 * One unit of loading: rows in the shapes the seed loader writes, loaded in one
 * transaction and recorded as done, so that a load resumes after the last chunk that
 * committed.
 */
record Chunk(String name, List<Map<String, Object>> documents, List<Map<String, Object>> sources,
		List<Map<String, Object>> entities, List<Map<String, Object>> facts, List<Map<String, Object>> relations) {

	/** Nodes and relationships the chunk writes, as a loader would count them. */
	long items() {
		long items = this.documents.size();
		items += this.sources.size() * 2L;
		for (var e : this.entities) {
			items += 1 + ((List<?>) e.get("keys")).size() * 2L + ((List<?>) e.get("sourceIds")).size();
		}
		for (var f : this.facts) {
			items += 2 + ((List<?>) f.get("sourceIds")).size();
			items += f.containsKey("awardId") ? 2 : 0;
			items += f.containsKey("grantorId") ? 1 : 0;
		}
		for (var r : this.relations) {
			items += 4 + ((List<?>) r.get("sourceIds")).size();
		}
		return items;
	}

}

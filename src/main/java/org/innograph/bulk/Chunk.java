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

	/** A source's relationship: IN its document. */
	static long sourceRelationships(Map<String, Object> row) {
		return 1;
	}

	/** An entity's relationships: KNOWN_AS each name key, SOURCED_FROM each source. */
	static long entityRelationships(Map<String, Object> row) {
		return size(row, "keys") + size(row, "sourceIds");
	}

	/**
	 * A fact's relationships: ABOUT its subject, SOURCED_FROM each source, OF_AWARD and
	 * the subject's HOLDS for an award, GRANTED_BY for a grantor.
	 */
	static long factRelationships(Map<String, Object> row) {
		return 1 + size(row, "sourceIds") + (row.containsKey("awardId") ? 2 : 0)
				+ (row.containsKey("grantorId") ? 1 : 0);
	}

	/** A relation's: FROM, TO, the direct relationship, SOURCED_FROM each source. */
	static long relationRelationships(Map<String, Object> row) {
		return 3 + size(row, "sourceIds");
	}

	private static long size(Map<String, Object> row, String key) {
		return list(row, key).size();
	}

	/** A row's node properties (all but a document's, whose row is its properties). */
	@SuppressWarnings("unchecked")
	static Map<String, Object> props(Map<String, Object> row) {
		return (Map<String, Object>) row.get("props");
	}

	/** A row's list: its name keys or its source ids. */
	static List<?> list(Map<String, Object> row, String key) {
		return (List<?>) row.get(key);
	}

}

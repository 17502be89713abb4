package org.innograph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.system.InvalidArgumentException;

/**
 * The Cypher expression of each group key: a map of the group's {@code value} and a
 * readable {@code display} name. Entity-valued keys (city, subject) group by id and show
 * the canonical name.
 */
final class GroupKeys {

	private GroupKeys() {
	}

	/** The city an entity lies in, directly or through its county, or the city itself. */
	static String cityOf(String e) {
		return """
				CASE WHEN %1$s:City THEN {value: %1$s.id, display: %1$s.name}
				ELSE COLLECT { MATCH (%1$s)-[:LOCATED_IN*1..2]->(c:City) RETURN {value: c.id, display: c.name} LIMIT 1 }[0] END"""
			.formatted(e);
	}

	static String provinceOf(String e) {
		return """
				CASE WHEN %1$s:Province THEN {value: %1$s.id, display: %1$s.name}
				ELSE COLLECT { MATCH (%1$s)-[:LOCATED_IN*1..3]->(p:Province) RETURN {value: p.id, display: p.name} LIMIT 1 }[0] END"""
			.formatted(e);
	}

	static String plain(String expression) {
		return "{value: toString(%1$s), display: toString(%1$s)}".formatted(expression);
	}

	static String named(String value, String display) {
		return "{value: toString(%s), display: %s}".formatted(value, display);
	}

	static Map<String, String> entities(List<String> keys) {
		return pick(keys, Map.of("KIND", plain("e.kind"), "LEVEL", plain("e.level"), "CATEGORY", plain("e.category"),
				"CITY", cityOf("e"), "PROVINCE", provinceOf("e"), "YEAR", plain("left(e.established, 4)")));
	}

	static Map<String, String> metrics(List<String> keys) {
		return pick(keys, Map.of("NAME", named("f.name", "coalesce(f.nameEn, f.name)"), "UNIT", plain("f.unit"), "YEAR",
				plain("left(f.period, 4)"), "SUBJECT", named("s.id", "s.name"), "SUBJECT_KIND", plain("s.kind")));
	}

	static Map<String, String> rankings(List<String> keys) {
		return pick(keys,
				Map.of("LIST", named("f.list", "coalesce(f.listEn, f.list)"), "EDITION", plain("f.edition"),
						"PUBLISHER", plain("f.publisher"), "SUBJECT", named("s.id", "s.name"), "SUBJECT_KIND",
						plain("s.kind"), "CITY", cityOf("s")));
	}

	static Map<String, String> designations(List<String> keys) {
		return pick(keys, Map.of("NAME", named("f.name", "coalesce(f.nameEn, f.name)"), "YEAR", plain("f.year"),
				"GRANTOR", plain("f.grantor"), "HOLDER_KIND", plain("s.kind")));
	}

	private static Map<String, String> pick(List<String> keys, Map<String, String> available) {
		if (keys.isEmpty()) {
			throw new InvalidArgumentException("keys", "Give at least one group key");
		}
		var picked = new LinkedHashMap<String, String>();
		for (var key : keys) {
			picked.put(key, available.get(key));
		}
		return picked;
	}

}

package org.innograph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * The Cypher expressions of each group key. Items are grouped by a raw property (which is
 * cheap: no map is built per item), and the group's {@code value} and readable
 * {@code display} name are made once per group. Entity-valued keys (city, province) group
 * by a map of the entity's id and canonical name, and an item that lies in several such
 * entities (a zone that spans two cities) counts under each.
 */
final class GroupKeys {

	private GroupKeys() {
	}

	/**
	 * The cities an entity lies in, directly or through its county, or the city itself:
	 * each once.
	 */
	static String citiesOf(String e) {
		return """
				CASE WHEN %1$s:City THEN [{value: %1$s.id, display: %1$s.name}]
				ELSE COLLECT { MATCH (%1$s)-[:LOCATED_IN*1..2]->(c:City) RETURN DISTINCT {value: c.id, display: c.name} } END"""
			.formatted(e);
	}

	/** The provinces an entity lies in (up to three steps), or the province itself. */
	static String provincesOf(String e) {
		return """
				CASE WHEN %1$s:Province THEN [{value: %1$s.id, display: %1$s.name}]
				ELSE COLLECT { MATCH (%1$s)-[:LOCATED_IN*1..3]->(p:Province) RETURN DISTINCT {value: p.id, display: p.name} } END"""
			.formatted(e);
	}

	/**
	 * One group key.
	 *
	 * @param group what items are grouped by
	 * @param display what names the group, per item (the same for all items of a group),
	 * or null when {@code group} is a map of {@code value} and {@code display}, or when
	 * the value is its own name
	 * @param map whether {@code group} is a list of such maps, under each of which the
	 * item counts (under null when the list is empty)
	 * @param subject whether the key reads a fact's subject ({@code s}), which the query
	 * then matches
	 */
	record Key(String group, @Nullable String display, boolean map, boolean subject) {

		Key ofSubject() {
			return new Key(this.group, this.display, this.map, true);
		}

	}

	static Key plain(String expression) {
		return new Key(expression, null, false, false);
	}

	static Key named(String value, String display) {
		return new Key(value, display, false, false);
	}

	static Key entities(String maps) {
		return new Key(maps, null, true, false);
	}

	static Map<String, Key> entities(List<String> keys) {
		return pick(keys,
				Map.of("KIND", plain("e.kind"), "LEVEL", plain("e.level"), "CATEGORY", plain("e.category"), "CITY",
						entities(citiesOf("e")), "PROVINCE", entities(provincesOf("e")), "YEAR",
						plain("left(e.established, 4)")));
	}

	static Map<String, Key> metrics(List<String> keys) {
		return pick(keys,
				Map.of("NAME", named("f.name", "coalesce(f.nameEn, f.name)"), "UNIT", plain("f.unit"), "YEAR",
						plain("left(f.period, 4)"), "SUBJECT", named("s.id", "s.name").ofSubject(), "SUBJECT_KIND",
						plain("s.kind").ofSubject()));
	}

	static Map<String, Key> rankings(List<String> keys) {
		return pick(keys,
				Map.of("LIST", named("f.list", "coalesce(f.listEn, f.list)"), "EDITION", plain("f.edition"),
						"PUBLISHER", plain("f.publisher"), "SUBJECT", named("s.id", "s.name").ofSubject(),
						"SUBJECT_KIND", plain("s.kind").ofSubject(), "CITY", entities(citiesOf("s")).ofSubject()));
	}

	static Map<String, Key> designations(List<String> keys) {
		return pick(keys, Map.of("NAME", named("f.name", "coalesce(f.nameEn, f.name)"), "YEAR", plain("f.year"),
				"GRANTOR", plain("f.grantor"), "HOLDER_KIND", plain("s.kind").ofSubject()));
	}

	private static Map<String, Key> pick(List<String> keys, Map<String, Key> available) {
		if (keys.isEmpty()) {
			throw new InvalidArgumentException("keys", "Give at least one group key");
		}
		var picked = new LinkedHashMap<String, Key>();
		for (var key : keys) {
			picked.put(key, available.get(key));
		}
		return picked;
	}

}

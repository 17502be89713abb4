package org.innograph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.innograph.filter.Conditions;
import org.innograph.filter.Inputs.EntityWhere;
import org.innograph.filter.Params;
import org.innograph.names.NameForms;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads entities: by id, by any form of their name, and along their place in the
 * hierarchy (zone in city, city in province). Each method is one round trip for any
 * number of ids.
 */
@Component
public class Entities {

	private final GraphStore store;

	Entities(GraphStore store) {
		this.store = store;
	}

	public Map<String, EntityNode> byIds(Collection<String> ids) {
		return this.store.read("""
				UNWIND $ids AS id
				MATCH (e:Entity {id: id})
				RETURN %s AS e
				""".formatted(EntityNode.PROJECTION), Map.of("ids", List.copyOf(ids)), r -> EntityNode.from(r.get("e")))
			.stream()
			.collect(Collectors.toMap(EntityNode::id, e -> e));
	}

	public Optional<EntityNode> byId(String id) {
		return Optional.ofNullable(byIds(List.of(id)).get(id));
	}

	/**
	 * The entities known by this name in any form, optionally of one kind: canonical
	 * names before aliases, then by id.
	 */
	public List<EntityNode> byName(String name, @Nullable String kind) {
		var keys = NameForms.lookupKeys(name);
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.store.read("""
				MATCH (name:NameKey)<-[k:KNOWN_AS]-(e:Entity)
				WHERE name.key IN $keys AND ($kind IS NULL OR e.kind = $kind)
				WITH e, min(k.rank) AS rank
				RETURN %s AS e
				ORDER BY rank, e.id
				""".formatted(EntityNode.PROJECTION), parameters("keys", keys, "kind", kind),
				r -> EntityNode.from(r.get("e")));
	}

	/**
	 * For each parent, the entities of {@code kind} located in it (a zone in a city), or,
	 * with {@code outward}, the entities of {@code kind} it is located in (the city of a
	 * zone), that match {@code where}; ordered by level (national first) and name.
	 */
	public Map<String, List<EntityNode>> located(Collection<String> parentIds, Located located) {
		var params = new Params();
		var pattern = located.outward() ? "(p)-[:LOCATED_IN]->(e)" : "(p)<-[:LOCATED_IN]-(e)";
		return this.store
			.read("""
					UNWIND %s AS id
					MATCH (p:Entity {id: id})
					MATCH %s
					WHERE e.kind = %s AND %s
					WITH DISTINCT id, e
					WITH id, %s AS e
					ORDER BY e.level, e.name, e.id
					RETURN id, collect(e) AS related
					""".formatted(params.add(List.copyOf(parentIds)), pattern, params.add(located.kind()),
					new Conditions(params).entity("e", located.where()), EntityNode.PROJECTION), params.values(),
					r -> Map.entry(r.get("id").asString(), r.get("related").asList(EntityNode::from)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Which located entities to load: of a kind, inward or outward, matching a filter.
	 */
	public record Located(String kind, boolean outward, @Nullable EntityWhere where) {
	}

	private static Map<String, @Nullable Object> parameters(String k1, Object v1, String k2, @Nullable Object v2) {
		var map = new java.util.HashMap<String, @Nullable Object>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}

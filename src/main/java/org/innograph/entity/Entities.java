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
import org.innograph.system.ReadAhead;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

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
		return byIds(ids, ReadAhead.nothing());
	}

	/** The entities with these ids, each with the children {@code along} brings. */
	public Map<String, EntityNode> byIds(Collection<String> ids, ReadAhead<EntityNode> along) {
		var conditions = new Conditions(new Params());
		return this.store
			.read("""
					UNWIND %s AS id
					MATCH (e:Entity {id: id})
					RETURN {item: %s, along: %s} AS e
					""".formatted(conditions.params().add(List.copyOf(ids)), EntityNode.PROJECTION,
					along.cypher("e", conditions)), conditions.params().values(), r -> alongWith(r.get("e"), along))
			.stream()
			.collect(Collectors.toMap(EntityNode::id, e -> e));
	}

	public Optional<EntityNode> byId(String id) {
		return byId(id, ReadAhead.nothing());
	}

	public Optional<EntityNode> byId(String id, ReadAhead<EntityNode> along) {
		return Optional.ofNullable(byIds(List.of(id), along).get(id));
	}

	/**
	 * The entities known by this name in any form, optionally of one kind: canonical
	 * names before aliases, then by id.
	 */
	public List<EntityNode> byName(String name, @Nullable String kind) {
		return byName(name, kind, ReadAhead.nothing());
	}

	/** The same, each entity with the children {@code along} brings. */
	public List<EntityNode> byName(String name, @Nullable String kind, ReadAhead<EntityNode> along) {
		return byName(name, kind, along, null);
	}

	/**
	 * The entity known best by this name, of one kind, with the children {@code along}
	 * brings: only it reads ahead, however many entities share the name.
	 */
	public Optional<EntityNode> firstByName(String name, String kind, ReadAhead<EntityNode> along) {
		return byName(name, kind, along, 1).stream().findFirst();
	}

	private List<EntityNode> byName(String name, @Nullable String kind, ReadAhead<EntityNode> along,
			@Nullable Integer limit) {
		var keys = NameForms.lookupKeys(name);
		if (keys.isEmpty()) {
			return List.of();
		}
		var conditions = new Conditions(new Params());
		var params = conditions.params();
		// The order and the limit come before the projection, so that reading ahead runs
		// for the entities returned only.
		return this.store.read("""
				MATCH (name:NameKey)<-[known:KNOWN_AS]-(e:Entity)
				WHERE name.key IN %1$s AND (%2$s IS NULL OR e.kind = %2$s)
				WITH e, min(known.rank) AS rank
				ORDER BY rank, e.id
				%3$s
				RETURN {item: %4$s, along: %5$s} AS found, rank
				ORDER BY rank, found.item.id
				""".formatted(params.add(keys), params.add(kind), (limit == null) ? "" : "LIMIT " + params.add(limit),
				EntityNode.PROJECTION, along.cypher("e", conditions)), params.values(),
				r -> alongWith(r.get("found"), along));
	}

	/**
	 * For each parent, the entities of {@code kind} located in it (a zone in a city), or,
	 * with {@code outward}, the entities of {@code kind} it is located in (the city of a
	 * zone), that match {@code where}; ordered by level (national first) and name.
	 */
	Map<String, List<EntityNode>> located(Collection<String> parentIds, Located located, ReadAhead<EntityNode> along) {
		var conditions = new Conditions(new Params());
		return this.store
			.read("""
					UNWIND %s AS id
					MATCH (parent:Entity {id: id})
					RETURN id, %s AS related
					""".formatted(conditions.params().add(List.copyOf(parentIds)),
					located("parent", located, along, conditions)), conditions.params().values(),
					r -> Map.entry(r.get("id").asString(), r.get("related").asList(v -> alongWith(v, along))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The entities located in the one bound to {@code parent} (or that it lies in), as a
	 * list of {@code {item, along}} maps read by {@link #alongWith}.
	 */
	static String located(String parent, Located located, ReadAhead<EntityNode> along, Conditions conditions) {
		var e = conditions.fresh("located");
		var node = conditions.fresh("entity");
		var children = conditions.fresh("along");
		var pattern = located.outward() ? "(%s)-[:LOCATED_IN]->(%s:Entity)" : "(%s)<-[:LOCATED_IN]-(%s:Entity)";
		return """
				COLLECT { MATCH %s
				  WHERE %s.kind = %s AND %s
				  WITH DISTINCT %s
				  WITH %s AS %s, %s AS %s
				  ORDER BY %s.level, %s.name, %s.id
				  RETURN {item: %s, along: %s} }""".formatted(pattern.formatted(parent, e), e,
				conditions.params().add(located.kind()), conditions.entity(e, located.where()), e,
				EntityNode.projection(e), node, along.cypher(e, conditions), children, node, node, node, node,
				children);
	}

	/** Reads an {@code {item, along}} map: the entity, with its children handed over. */
	static EntityNode alongWith(Value value, ReadAhead<EntityNode> along) {
		var entity = EntityNode.from(value.get("item"));
		along.handOver(entity, value.get("along"));
		return entity;
	}

	/**
	 * Which located entities to load: of a kind, inward or outward, matching a filter.
	 */
	record Located(String kind, boolean outward, @Nullable EntityWhere where) {
	}

}

package org.innograph.graph;

import java.util.List;
import java.util.Optional;

import org.innograph.entity.EntityNode;
import org.innograph.entity.Vocabulary;
import org.innograph.filter.Conditions;
import org.innograph.filter.Params;
import org.innograph.graph.Subgraph.GraphEdge;
import org.innograph.graph.Subgraph.GraphNode;
import org.innograph.graph.Subgraph.Path;
import org.innograph.source.Provenance;
import org.innograph.store.GraphStore;
import org.innograph.store.Values;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Neighbourhoods and shortest paths over the links between entities, each in one query.
 * Depth bounds are validated integers from a small range; every other value is a
 * parameter.
 */
@Repository
class GraphRepository {

	/**
	 * The links between entities that drawing follows: stated relations and held titles.
	 */
	static final String LINKS = String.join("|", Vocabulary.RELATION_TYPES) + "|" + Vocabulary.HOLDS;

	private static final String EDGE = """
			{id: r.factId, type: type(r), label: COLLECT { MATCH (f:Fact {id: r.factId}) RETURN coalesce(f.label, f.name) }[0],
			 source: startNode(r).id, target: endNode(r).id%s}""";

	/**
	 * An edge of relationship {@code r}, with the sources of its fact when the request
	 * asks for them, so that they come in the same query.
	 */
	private static String edge(boolean withSources, Params params) {
		if (!withSources) {
			return EDGE.formatted("");
		}
		var conditions = new Conditions(params);
		var fact = conditions.fresh("fact");
		return EDGE.formatted(", sources: COLLECT { MATCH (%s:Fact {id: r.factId}) RETURN %s }[0]".formatted(fact,
				Provenance.sourcesOf(fact, conditions)));
	}

	/**
	 * How many facts are about an entity (its variable formatted in): figures, rankings,
	 * titles, and relations from or to it. Only facts hold these relationships, so the
	 * count is the node's degree, read without visiting a fact.
	 */
	private static final String FACTS = "COUNT { (%s)<-[:ABOUT|FROM|TO]-() }";

	private final GraphStore store;

	GraphRepository(GraphStore store) {
		this.store = store;
	}

	/**
	 * The entities within {@code depth} links of one, nearest first, at most
	 * {@code limit} besides the centre, and every link among them.
	 */
	Optional<Subgraph> neighborhood(String id, int depth, int limit, @Nullable List<String> kinds,
			boolean withSources) {
		var params = new Params();
		var cypher = """
				MATCH (c:Entity {id: %1$s})
				CALL (c) {
				  MATCH p = ANY SHORTEST (c)-[:%2$s]-{1,%3$d}(n:Entity)
				  WHERE n <> c AND all(x IN nodes(p)[1..] WHERE %4$s IS NULL OR x.kind IN %4$s)
				  WITH n, length(p) AS depth
				  ORDER BY depth, n.name, n.id
				  LIMIT %5$s
				  RETURN collect({node: n, depth: depth, facts: %8$s}) AS found
				}
				WITH c, found[0..%6$s] AS kept, size(found) > %6$s AS truncated
				WITH c, kept, truncated, [c.id] + [k IN kept | k.node.id] AS ids
				CALL (ids) {
				  UNWIND ids AS id
				  MATCH (:Entity {id: id})-[r:%2$s]->(b:Entity)
				  WHERE b.id IN ids
				  WITH DISTINCT r
				  ORDER BY r.factId
				  RETURN collect(%7$s) AS edges
				}
				RETURN [{node: c, depth: 0, facts: %9$s}] + kept AS nodes, edges, truncated
				""".formatted(params.add(id), LINKS, depth, params.add(kinds), params.add(limit + 1), params.add(limit),
				edge(withSources, params), FACTS.formatted("n"), FACTS.formatted("c"));
		return this.store
			.read(cypher, params.values(),
					r -> new Subgraph(r.get("nodes").asList(GraphRepository::node),
							r.get("edges").asList(GraphRepository::edge), r.get("truncated").asBoolean()))
			.stream()
			.findFirst();
	}

	/** The shortest paths between two entities, at most {@code maxHops} links long. */
	List<Path> paths(String from, String to, int maxHops, int limit, boolean withSources) {
		var params = new Params();
		var cypher = """
				MATCH (a:Entity {id: %1$s}), (b:Entity {id: %2$s})
				MATCH p = ALL SHORTEST (a)-[:%3$s]-{1,%4$d}(b)
				WITH p LIMIT %5$s
				CALL (p) {
				  UNWIND range(0, length(p)) AS i
				  WITH i, nodes(p)[i] AS m
				  ORDER BY i
				  RETURN collect({node: m, depth: i, facts: %7$s}) AS nodes
				}
				RETURN nodes, [r IN relationships(p) | %6$s] AS edges
				""".formatted(params.add(from), params.add(to), LINKS, maxHops, params.add(limit),
				edge(withSources, params), FACTS.formatted("m"));
		return this.store.read(cypher, params.values(), r -> {
			var nodes = r.get("nodes").asList(GraphRepository::node);
			return new Path(nodes.size() - 1, nodes, r.get("edges").asList(GraphRepository::edge));
		});
	}

	private static GraphNode node(Value value) {
		return GraphNode.of(EntityNode.from(value.get("node")), value.get("depth").asInt(), value.get("facts").asInt());
	}

	private static GraphEdge edge(Value value) {
		var sources = value.get("sources");
		return new GraphEdge(value.get("id").asString(), value.get("type").asString(),
				Values.string(value.get("label")), value.get("source").asString(), value.get("target").asString(),
				sources.isNull() ? null : sources.asList(Provenance::source));
	}

}

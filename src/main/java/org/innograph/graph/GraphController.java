package org.innograph.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.innograph.fact.Fact;
import org.innograph.fact.FactRepository;
import org.innograph.graph.Subgraph.GraphEdge;
import org.innograph.graph.Subgraph.Path;
import org.innograph.source.Provenance;
import org.innograph.source.Source;
import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static org.innograph.system.Batches.byParent;

/**
 * Neighbourhoods and paths for drawing. The graph is one query; the facts and sources of
 * its edges are one batched query each.
 */
@Controller
class GraphController {

	static final int MAX_DEPTH = 3;

	static final int MAX_NODES = 500;

	static final int MAX_HOPS = 6;

	static final int MAX_PATHS = 20;

	private final GraphRepository graph;

	private final FactRepository facts;

	private final Provenance provenance;

	GraphController(GraphRepository graph, FactRepository facts, Provenance provenance) {
		this.graph = graph;
		this.facts = facts;
		this.provenance = provenance;
	}

	@QueryMapping
	@Nullable Subgraph neighborhood(@Argument String id, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
			@Argument @Nullable List<String> kinds) {
		return this.graph
			.neighborhood(InvalidArgumentException.requireText("id", id),
					InvalidArgumentException.requireRange("depth", (depth != null) ? depth : 1, 1, MAX_DEPTH),
					InvalidArgumentException.requireRange("limit", (limit != null) ? limit : 100, 1, MAX_NODES), kinds)
			.orElse(null);
	}

	@QueryMapping
	List<Path> path(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer limit) {
		return this.graph.paths(InvalidArgumentException.requireText("from", from),
				InvalidArgumentException.requireText("to", to),
				InvalidArgumentException.requireRange("maxHops", (maxHops != null) ? maxHops : 4, 1, MAX_HOPS),
				InvalidArgumentException.requireRange("limit", (limit != null) ? limit : 5, 1, MAX_PATHS));
	}

	@BatchMapping(typeName = "GraphEdge", field = "sources")
	Map<GraphEdge, List<Source>> sourcesOfEdges(List<GraphEdge> edges) {
		return byParent(edges, GraphEdge::id,
				this.provenance.sourcesOf(edges.stream().map(GraphEdge::id).distinct().toList()));
	}

	@BatchMapping(typeName = "GraphEdge", field = "fact")
	Map<GraphEdge, Fact> factOfEdges(List<GraphEdge> edges) {
		var byId = this.facts.byIds(edges.stream().map(GraphEdge::id).distinct().toList());
		return edges.stream()
			.distinct()
			.filter(edge -> byId.containsKey(edge.id()))
			.collect(Collectors.toMap(edge -> edge, edge -> byId.get(edge.id())));
	}

}

package org.innograph.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.innograph.fact.Fact;
import org.innograph.fact.FactRepository;
import org.innograph.graph.Subgraph.GraphEdge;
import org.innograph.graph.Subgraph.Path;
import org.innograph.lookahead.Lookahead;
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
 * Neighbourhoods and paths for drawing. The graph is one query, with its edges' sources
 * when they are asked for; the facts of its edges are one batched query.
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

	private final Lookahead lookahead;

	GraphController(GraphRepository graph, FactRepository facts, Provenance provenance, Lookahead lookahead) {
		this.graph = graph;
		this.facts = facts;
		this.provenance = provenance;
		this.lookahead = lookahead;
	}

	@QueryMapping
	@Nullable Subgraph neighborhood(@Argument String id, @Argument @Nullable Integer depth, @Argument @Nullable Integer limit,
			@Argument @Nullable List<String> kinds, DataFetchingFieldSelectionSet selection) {
		return this.graph
			.neighborhood(InvalidArgumentException.requireText("id", id),
					InvalidArgumentException.requireRange("depth", (depth != null) ? depth : 1, 1, MAX_DEPTH),
					InvalidArgumentException.requireRange("limit", (limit != null) ? limit : 100, 1, MAX_NODES), kinds,
					this.lookahead.bringsAlong(selection, "edges/sources"))
			.orElse(null);
	}

	@QueryMapping
	List<Path> path(@Argument String from, @Argument String to, @Argument @Nullable Integer maxHops,
			@Argument @Nullable Integer limit, DataFetchingFieldSelectionSet selection) {
		return this.graph.paths(InvalidArgumentException.requireText("from", from),
				InvalidArgumentException.requireText("to", to),
				InvalidArgumentException.requireRange("maxHops", (maxHops != null) ? maxHops : 4, 1, MAX_HOPS),
				InvalidArgumentException.requireRange("limit", (limit != null) ? limit : 5, 1, MAX_PATHS),
				this.lookahead.bringsAlong(selection, "edges/sources"));
	}

	@BatchMapping(typeName = "GraphEdge", field = "sources")
	Map<GraphEdge, List<Source>> sourcesOfEdges(List<GraphEdge> edges) {
		if (edges.stream().allMatch(edge -> edge.sources() != null)) {
			// Read with the graph, in its own query.
			return edges.stream().distinct().collect(Collectors.toMap(edge -> edge, GraphEdge::sources));
		}
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

package org.innograph.graph;

import java.util.List;

import org.innograph.entity.EntityNode;
import org.innograph.entity.Names;
import org.innograph.source.Source;
import org.jspecify.annotations.Nullable;

/** Nodes and edges to draw, and whether a cap cut the graph short. */
record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

	/** A path: its nodes in order and the edges between them. */
	record Path(int length, List<GraphNode> nodes, List<GraphEdge> edges) {
	}

	/**
	 * An entity to draw.
	 *
	 * @param depth hops from the centre of a neighbourhood, or the position on a path
	 * @param facts how many facts are about the entity
	 */
	record GraphNode(String id, String kind, String label, Names names, @Nullable String level,
			@Nullable String category, int depth, int facts, EntityNode entity) {

		static GraphNode of(EntityNode entity, int depth, int facts) {
			return new GraphNode(entity.id(), entity.kind(), entity.name(), entity.names(), entity.level(),
					entity.category(), depth, facts, entity);
		}

	}

	/**
	 * A stated link between two drawn entities, directed as stated.
	 *
	 * @param id the id of the fact that states it, stable across requests
	 * @param sources the fact's sources when the graph's query read them, otherwise null
	 */
	record GraphEdge(String id, String type, @Nullable String label, String source, String target,
			@Nullable List<Source> sources) {
	}

}

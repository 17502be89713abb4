package org.innograph.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a query's answer holds that can be exported: the rows of its first connection or
 * list, or the nodes and edges of its subgraphs and paths, and every document cited.
 */
record Exportable(List<Map<String, Object>> nodes, List<Map<String, Object>> edges, Set<String> documents) {

	boolean isGraph() {
		return !this.edges.isEmpty();
	}

	@SuppressWarnings("unchecked")
	static Exportable of(@Nullable Object data) {
		var nodes = new LinkedHashMap<Object, Map<String, Object>>();
		var edges = new LinkedHashMap<Object, Map<String, Object>>();
		var documents = new LinkedHashSet<String>();
		collectDocuments(data, documents);
		var graphs = new ArrayList<Map<String, Object>>();
		findGraphs(data, graphs);
		if (!graphs.isEmpty()) {
			for (var graph : graphs) {
				for (var node : (List<Map<String, Object>>) graph.get("nodes")) {
					nodes.putIfAbsent(node.getOrDefault("id", nodes.size()), node);
				}
				for (var edge : (List<Map<String, Object>>) graph.get("edges")) {
					edges.putIfAbsent(edge.getOrDefault("id", edge.get("source") + "→" + edge.get("target")), edge);
				}
			}
			return new Exportable(List.copyOf(nodes.values()), List.copyOf(edges.values()), documents);
		}
		return new Exportable(rows(data), List.of(), documents);
	}

	/** Maps with a list of nodes and a list of edges that have a source and a target. */
	@SuppressWarnings("unchecked")
	private static void findGraphs(@Nullable Object value, List<Map<String, Object>> graphs) {
		if (value instanceof Map<?, ?> map) {
			if (map.get("nodes") instanceof List<?> && map.get("edges") instanceof List<?> edges
					&& edges.stream().allMatch(e -> e instanceof Map<?, ?> m && m.containsKey("source"))) {
				graphs.add((Map<String, Object>) map);
				return;
			}
			map.values().forEach(v -> findGraphs(v, graphs));
		}
		else if (value instanceof List<?> list) {
			list.forEach(v -> findGraphs(v, graphs));
		}
	}

	/**
	 * The nodes of the first connection, or the first list of objects; a root field that
	 * holds neither is one row itself.
	 */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(@Nullable Object data) {
		if (data instanceof Map<?, ?> root) {
			for (var value : root.values()) {
				var found = findRows(value);
				if (found != null) {
					return found;
				}
				if (value instanceof Map<?, ?> single) {
					return List.of((Map<String, Object>) single);
				}
			}
		}
		return List.of();
	}

	@SuppressWarnings("unchecked")
	private static @Nullable List<Map<String, Object>> findRows(@Nullable Object value) {
		if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map) {
			return (List<Map<String, Object>>) list;
		}
		if (value instanceof Map<?, ?> map) {
			if (map.get("edges") instanceof List<?> edges
					&& (edges.isEmpty() || edges.getFirst() instanceof Map<?, ?> edge && edge.containsKey("node"))) {
				return edges.stream().map(e -> (Map<String, Object>) ((Map<?, ?>) e).get("node")).toList();
			}
			for (var v : map.values()) {
				var rows = findRows(v);
				if (rows != null) {
					return rows;
				}
			}
		}
		return null;
	}

	/** Every {@code document} object's title, publisher and date, as a citation. */
	private static void collectDocuments(@Nullable Object value, Set<String> documents) {
		if (value instanceof Map<?, ?> map) {
			if (map.get("document") instanceof Map<?, ?> document && document.get("title") != null) {
				var citation = new StringBuilder(String.valueOf(document.get("title")));
				if (document.get("publisher") != null || document.get("publishedAt") != null) {
					var details = new ArrayList<String>();
					if (document.get("publisher") != null) {
						details.add(String.valueOf(document.get("publisher")));
					}
					if (document.get("publishedAt") != null) {
						details.add(String.valueOf(document.get("publishedAt")));
					}
					citation.append(" (").append(String.join(", ", details)).append(")");
				}
				documents.add(citation.toString());
			}
			map.values().forEach(v -> collectDocuments(v, documents));
		}
		else if (value instanceof List<?> list) {
			list.forEach(v -> collectDocuments(v, documents));
		}
	}

	/**
	 * A row's values by column: nested objects become dotted columns, and the values of a
	 * list (of scalars or of objects) are joined with " | ".
	 */
	static Map<String, String> flatten(Map<String, Object> row) {
		var columns = new LinkedHashMap<String, List<String>>();
		flatten("", row, columns);
		var flat = new LinkedHashMap<String, String>();
		columns.forEach((column, values) -> flat.put(column, String.join(" | ", values)));
		return flat;
	}

	private static void flatten(String prefix, @Nullable Object value, Map<String, List<String>> columns) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, columns));
		}
		else if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				columns.computeIfAbsent(prefix, k -> new ArrayList<>());
			}
			list.forEach(v -> flatten(prefix, v, columns));
		}
		else {
			var values = columns.computeIfAbsent(prefix, k -> new ArrayList<>());
			if (value != null) {
				values.add(String.valueOf(value));
			}
		}
	}

}

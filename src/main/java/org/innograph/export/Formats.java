package org.innograph.export;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import tools.jackson.databind.json.JsonMapper;

/** The export formats: CSV for spreadsheets, Cytoscape.js JSON, and GraphML for Gephi. */
enum Formats {

	CSV("text/csv;charset=UTF-8", "csv"), CYTOSCAPE("application/json", "json"),
	GRAPHML("application/graphml+xml", "graphml");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String mediaType;

	private final String extension;

	Formats(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	static Formats of(String extension) {
		for (var format : values()) {
			if (format.extension.equals(extension) || format.name().equalsIgnoreCase(extension)) {
				return format;
			}
		}
		throw new IllegalArgumentException(
				"Unknown export format '%s': use csv, json (Cytoscape.js) or graphml".formatted(extension));
	}

	byte[] write(Exportable export, String licence) {
		return switch (this) {
			case CSV -> csv(export, licence);
			case CYTOSCAPE -> cytoscape(export, licence);
			case GRAPHML -> graphml(export, licence);
		};
	}

	/**
	 * UTF-8 with a byte-order mark, so that spreadsheets show Chinese; two comment lines
	 * ({@code #}) carry the licence and the sources. A subgraph is written as its edges,
	 * each with both ends' labels.
	 */
	private static byte[] csv(Exportable export, String licence) {
		var rows = export.isGraph() ? edgeRows(export) : export.nodes();
		var flat = rows.stream().map(Exportable::flatten).toList();
		var columns = new LinkedHashSet<String>();
		flat.forEach(row -> columns.addAll(row.keySet()));
		var out = new StringBuilder("\uFEFF");
		out.append("# ").append(licence).append("\r\n");
		out.append("# Sources: ").append(String.join("; ", export.documents())).append("\r\n");
		out.append(String.join(",", columns.stream().map(Formats::csvField).toList())).append("\r\n");
		for (var row : flat) {
			out.append(String.join(",", columns.stream().map(c -> csvField(row.getOrDefault(c, ""))).toList()))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static List<Map<String, Object>> edgeRows(Exportable export) {
		var labels = new LinkedHashMap<Object, Object>();
		export.nodes().forEach(node -> labels.put(node.get("id"), node.getOrDefault("label", node.get("name"))));
		return export.edges().stream().map(edge -> {
			var row = new LinkedHashMap<String, Object>();
			row.put("sourceLabel", labels.getOrDefault(edge.get("source"), ""));
			row.put("targetLabel", labels.getOrDefault(edge.get("target"), ""));
			row.putAll(edge);
			return (Map<String, Object>) row;
		}).toList();
	}

	private static String csvField(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				|| value.startsWith("#")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/**
	 * Cytoscape.js elements: {@code {elements: {nodes: [{data}], edges: [{data}]}, data:
	 * {...}}}.
	 */
	private static byte[] cytoscape(Exportable export, String licence) {
		var nodes = export.nodes().stream().map(node -> Map.of("data", elementData(node))).toList();
		var edges = export.edges().stream().map(edge -> Map.of("data", elementData(edge))).toList();
		var document = new LinkedHashMap<String, Object>();
		document.put("elements", Map.of("nodes", nodes, "edges", edges));
		document.put("data", Map.of("licence", licence, "sources", List.copyOf(export.documents())));
		return JSON.writeValueAsBytes(document);
	}

	/**
	 * Cytoscape needs an id on every element; scalar fields stay, objects are flattened.
	 */
	private static Map<String, Object> elementData(Map<String, Object> item) {
		var data = new LinkedHashMap<String, Object>(Exportable.flatten(item));
		if (!data.containsKey("id") || String.valueOf(data.get("id")).isEmpty()) {
			data.put("id", "n" + Integer.toHexString(item.hashCode()));
		}
		return data;
	}

	/**
	 * GraphML with one key per attribute, directed edges, and the licence and sources in
	 * the graph's data.
	 */
	private static byte[] graphml(Exportable export, String licence) {
		var nodes = export.nodes().stream().map(Formats::elementData).toList();
		var edges = export.edges().stream().map(Exportable::flatten).toList();
		var nodeKeys = new LinkedHashSet<String>();
		nodes.forEach(n -> nodeKeys.addAll(n.keySet()));
		nodeKeys.remove("id");
		var edgeKeys = new LinkedHashSet<String>();
		edges.forEach(e -> edgeKeys.addAll(e.keySet()));
		edgeKeys.removeAll(List.of("source", "target"));
		try {
			var text = new StringWriter();
			var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("graphml");
			xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
			key(xml, "graph", "licence");
			key(xml, "graph", "sources");
			for (var k : nodeKeys) {
				key(xml, "node", k);
			}
			for (var k : edgeKeys) {
				key(xml, "edge", k);
			}
			xml.writeStartElement("graph");
			xml.writeAttribute("id", "innograph");
			xml.writeAttribute("edgedefault", "directed");
			data(xml, "graph_licence", licence);
			data(xml, "graph_sources", String.join("; ", export.documents()));
			for (var node : nodes) {
				xml.writeStartElement("node");
				xml.writeAttribute("id", String.valueOf(node.get("id")));
				for (var k : nodeKeys) {
					if (node.get(k) != null) {
						data(xml, "node_" + k, String.valueOf(node.get(k)));
					}
				}
				xml.writeEndElement();
			}
			var count = 0;
			for (var edge : edges) {
				xml.writeStartElement("edge");
				xml.writeAttribute("id", edge.getOrDefault("id", "e" + count++));
				xml.writeAttribute("source", edge.get("source"));
				xml.writeAttribute("target", edge.get("target"));
				for (var k : edgeKeys) {
					if (edge.get(k) != null) {
						data(xml, "edge_" + k, edge.get(k));
					}
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
			return text.toString().getBytes(StandardCharsets.UTF_8);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Cannot write GraphML", ex);
		}
	}

	private static void key(javax.xml.stream.XMLStreamWriter xml, String scope, String name) throws XMLStreamException {
		xml.writeEmptyElement("key");
		xml.writeAttribute("id", scope + "_" + name);
		xml.writeAttribute("for", scope);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", "string");
	}

	private static void data(javax.xml.stream.XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement("data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}

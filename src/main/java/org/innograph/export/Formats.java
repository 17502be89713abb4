package org.innograph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The export formats: CSV for spreadsheets (alone, or in a ZIP with its sources and
 * licence), Cytoscape.js JSON, and GraphML for Gephi.
 */
enum Formats {

	CSV("text/csv;charset=UTF-8", "csv"), ZIP("application/zip", "zip"), CYTOSCAPE("application/json", "json"),
	GRAPHML("application/graphml+xml", "graphml");

	/** The name of the table, alone and in the ZIP. */
	static final String TABLE = "innograph-export.csv";

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
				"Unknown export format '%s': use csv, zip (the CSV with its sources and licence), json (Cytoscape.js) or graphml"
					.formatted(extension));
	}

	byte[] write(Exportable export, String licence) {
		return switch (this) {
			case CSV -> csv(export);
			case ZIP -> zip(export, licence);
			case CYTOSCAPE -> cytoscape(export, licence);
			case GRAPHML -> graphml(export, licence);
		};
	}

	/**
	 * A plain table, so that spreadsheets and CSV readers take it with their defaults:
	 * the header on the first line, RFC 4180 quoting and line ends, and UTF-8 with a
	 * byte-order mark so that Excel shows Chinese. A subgraph is written as its edges,
	 * each with both ends' labels. The licence and sources are in the ZIP beside it.
	 */
	private static byte[] csv(Exportable export) {
		var rows = export.isGraph() ? edgeRows(export) : export.nodes();
		var flat = rows.stream().map(Exportable::flatten).toList();
		var columns = new LinkedHashSet<String>();
		flat.forEach(row -> columns.addAll(row.keySet()));
		return table(List.copyOf(columns), flat);
	}

	private static byte[] table(List<String> columns, List<Map<String, String>> rows) {
		var out = new StringBuilder("\uFEFF");
		out.append(String.join(",", columns.stream().map(Formats::csvField).toList())).append("\r\n");
		for (var row : rows) {
			out.append(String.join(",", columns.stream().map(c -> csvField(row.getOrDefault(c, ""))).toList()))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The table with what it does not say itself: {@code sources.csv}, the documents it
	 * quotes, and {@code LICENSE.txt}. Entries carry a fixed date, so that the same
	 * answer is the same file (and the same ETag).
	 */
	private static byte[] zip(Exportable export, String licence) {
		var sources = export.documents().stream().map(source -> Map.of("source", source)).toList();
		var notice = String.join("\r\n", licence, "",
				"The table is " + TABLE + "; the documents its rows quote are in sources.csv.", "");
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : List.of(Map.entry(TABLE, csv(export)),
					Map.entry("sources.csv", table(List.of("source"), sources)),
					Map.entry("LICENSE.txt", notice.getBytes(StandardCharsets.UTF_8)))) {
				var entry = new ZipEntry(file.getKey());
				entry.setTime(FIXED_TIME);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** 2000-01-01, a date every ZIP reader takes. */
	private static final long FIXED_TIME = 946_684_800_000L;

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

package org.innograph.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.bulk.Skeleton.Entity;
import org.innograph.entity.Vocabulary;
import org.innograph.names.NameForms;
import org.innograph.source.Provenance;
import org.jspecify.annotations.Nullable;

/** Rows of one chunk, with the documents and quotes its rows cite. */
final class ChunkRows {

	/**
	 * The statistical methods, which every chunk's metrics cite and the national chunk
	 * writes.
	 */
	static final String METHODS_DOC = "gen-doc-statistical-methods";

	final String name;

	final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();

	final Map<String, StringBuilder> texts = new HashMap<>();

	final Map<String, String> fixedTexts;

	final Map<String, Map<String, Object>> sources = new LinkedHashMap<>();

	final List<Map<String, Object>> entities = new ArrayList<>();

	final List<Map<String, Object>> facts = new ArrayList<>();

	final List<Map<String, Object>> relations = new ArrayList<>();

	ChunkRows(String name, Map<String, String> fixedTexts) {
		this.name = name;
		this.fixedTexts = fixedTexts;
	}

	/** A document whose text is the lines quoted from it, in order. */
	void document(String id, String title, String publisher, String publishedAt, String role, String kind,
			boolean held) {
		this.documents.put(id, map("id", id, "title", title, "publisher", publisher, "publishedAt", publishedAt, "role",
				role, "kind", kind, "language", "zh-Hans"));
		if (held && !this.fixedTexts.containsKey(id)) {
			this.texts.put(id, new StringBuilder());
		}
	}

	/** Cites a quote: a line of a held document's text, or a statement of another. */
	String cite(String documentId, String quote, boolean inferred) {
		var id = Provenance.sourceId(documentId, quote, inferred);
		if (!this.sources.containsKey(id)) {
			var text = this.texts.get(documentId);
			if (text != null) {
				text.append(text.isEmpty() ? "" : "\n").append(quote);
			}
			var props = map("id", id, "quote", quote, "inferred", inferred);
			this.sources.put(id, map("id", id, "documentId", documentId, "props", props));
		}
		return id;
	}

	Chunk build() {
		for (var e : this.texts.entrySet()) {
			var body = e.getValue().toString();
			this.documents.get(e.getKey()).put("text", body);
			this.documents.get(e.getKey()).put("sha256", org.innograph.store.Sha256.hex(body));
		}
		for (var row : this.sources.values()) {
			var documentId = (String) row.get("documentId");
			@SuppressWarnings("unchecked")
			var props = (Map<String, Object>) row.get("props");
			var builder = this.texts.get(documentId);
			var body = builder != null ? builder.toString() : this.fixedTexts.get(documentId);
			props.put("verbatim", body != null);
			if (body != null) {
				var quote = (String) props.get("quote");
				var start = body.indexOf(quote);
				if (start < 0) {
					throw new IllegalStateException("quote «" + quote + "» is not in " + documentId);
				}
				props.put("start", start);
				props.put("end", start + quote.length());
			}
		}
		// The statistical methods are cited by every chunk; the national chunk writes
		// them, so that parallel chunks do not all write to the same nodes.
		var sources = this.sources.values()
			.stream()
			.filter(row -> this.name.equals("national") || !METHODS_DOC.equals(row.get("documentId")))
			.toList();
		return new Chunk(this.name, List.copyOf(this.documents.values()), sources, this.entities, this.facts,
				this.relations);
	}

	void entity(Entity e, List<String> sourceIds) {
		var props = map("id", e.id, "kind", e.kind, "name", e.hans, "zhHant", e.hant, "en", e.en, "pinyin", e.pinyin,
				"aliases", List.copyOf(e.aliases));
		if (e.level != null) {
			props.put("level", e.level);
		}
		if (e.adminCode != null) {
			props.put("adminCode", e.adminCode);
		}
		if (e.established != null) {
			props.put("established", String.valueOf(e.established));
		}
		if (e.field != null) {
			props.put("category", e.field.en());
		}
		var forms = new ArrayList<@Nullable String>(List.of(e.hans, e.hant, e.en, e.pinyin));
		forms.addAll(e.aliases);
		props.put("searchText", NameForms.searchText(forms));
		this.entities.add(map("id", e.id, "kind", e.kind, "props", props, "keys",
				NameForms.rankedKeys(forms, Vocabulary.ADMINISTRATIVE.contains(e.kind)), "sourceIds", sourceIds));
	}

	void fact(String id, String label, Map<String, Object> props, String subjectId, @Nullable String awardId,
			@Nullable String grantorId, List<String> sourceIds) {
		props.put("id", id);
		props.putIfAbsent("inferred", false);
		var row = map("id", id, "label", label, "props", props, "subjectId", subjectId);
		if (awardId != null) {
			row.put("awardId", awardId);
		}
		if (grantorId != null) {
			row.put("grantorId", grantorId);
		}
		row.put("sourceIds", sourceIds);
		this.facts.add(row);
	}

	void relation(String id, String type, String label, Entity from, Entity to, List<String> sourceIds) {
		var props = map("id", id, "type", type, "label", label, "inferred", false);
		this.relations
			.add(map("id", id, "type", type, "fromId", from.id, "toId", to.id, "props", props, "sourceIds", sourceIds));
	}

	/**
	 * A map of the keys and values given, put in their order (which a hash map's order
	 * can depend on), that the chunk may still add to.
	 */
	private static HashMap<String, Object> map(Object... keysAndValues) {
		var map = new HashMap<String, Object>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}

package org.innograph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.innograph.filter.Conditions;
import org.innograph.filter.Params;
import org.innograph.lookahead.ChildField;
import org.innograph.store.GraphStore;
import org.innograph.store.Sha256;
import org.innograph.store.Values;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Reads where things come from: the sources of entities and facts, and the documents they
 * quote. Every method is one round trip, whatever the number of ids.
 */
@Component
public class Provenance {

	/**
	 * The projection of a document bound to {@code d}, read by {@link #document(Value)}.
	 */
	public static final String DOCUMENT = """
			d { .id, .title, .titleZhHans, .publisher, .publishedAt, .url, .site, .role, .kind, .language, .sha256, .text }""";

	/**
	 * The data loader of the sources of entities and facts by id: both are Sourced, in
	 * one id space, so one loader serves both.
	 */
	static final String SOURCES_OF = "sourcesOf";

	private final GraphStore store;

	Provenance(GraphStore store) {
		this.store = store;
	}

	/**
	 * The sources of each entity or fact, primary documents first, in text order, each
	 * with its document but for the document's text: the query meets the document anyway,
	 * so a request for sources and their documents costs one round trip, not two.
	 */
	public Map<String, List<Source>> sourcesOf(Collection<String> ownerIds) {
		var conditions = new Conditions(new Params());
		var rows = this.store.read("""
				UNWIND %s AS id
				MATCH (owner:Sourced {id: id})
				RETURN id, %s AS sources
				""".formatted(conditions.params().add(List.copyOf(ownerIds)), sourcesOf("owner", conditions)),
				conditions.params().values(),
				r -> Map.entry(r.get("id").asString(), r.get("sources").asList(Provenance::source)));
		return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The {@code sources} field of the entities or facts of {@code type}: loaded by their
	 * id, or brought along by their own query.
	 */
	public static <P> ChildField<P, @Nullable Void, Source> sourcesField(String type, Function<P, String> id) {
		return new ChildField<P, @Nullable Void, Source>(type, "sources", SOURCES_OF, arguments -> null,
				(owner, none) -> id.apply(owner), (owner, none, along, conditions) -> sourcesOf(owner, conditions),
				(value, along) -> source(value));
	}

	/**
	 * The sources of the entity or fact bound to {@code owner}, as a list expression read
	 * by {@link #source(Value)}: primary documents first, in text order.
	 */
	public static String sourcesOf(String owner, Conditions conditions) {
		var s = conditions.fresh("source");
		var d = conditions.fresh("document");
		return """
				COLLECT { MATCH (%1$s)-[:SOURCED_FROM]->(%2$s:Source)-[:IN]->(%3$s:Document)
				  WITH %2$s, %3$s ORDER BY %3$s.role DESC, %3$s.publishedAt, %2$s.start, %2$s.quote
				  RETURN %2$s { .id, .quote, .verbatim, .inferred, .start, .end, documentId: %3$s.id,
				    document: %3$s { .id, .title, .titleZhHans, .publisher, .publishedAt, .url, .site, .role, .kind,
				                     .language, .sha256 } } }""".formatted(owner, s, d);
	}

	public Map<String, Document> documents(Collection<String> ids) {
		return this.store.read("""
				UNWIND $ids AS id
				MATCH (d:Document {id: id})
				RETURN %s AS d
				""".formatted(DOCUMENT), Map.of("ids", List.copyOf(ids)), r -> document(r.get("d")))
			.stream()
			.collect(Collectors.toMap(Document::id, d -> d));
	}

	public Optional<Document> document(String id) {
		return Optional.ofNullable(documents(List.of(id)).get(id));
	}

	/** Primary articles first, then background sources, each by publication date. */
	public List<Document> allDocuments() {
		return this.store.read("""
				MATCH (d:Document)
				RETURN %s AS d
				ORDER BY d.role DESC, d.publishedAt, d.id
				""".formatted(DOCUMENT), Map.of(), r -> document(r.get("d")));
	}

	/** The id of a citation: the same document, quote and inference give the same id. */
	public static String sourceId(String documentId, String quote, boolean inferred) {
		return "src-" + Sha256.hex(documentId + "\n" + quote + "\n" + inferred).substring(0, 20);
	}

	public static Source source(Value v) {
		return new Source(v.get("id").asString(), v.get("quote").asString(), v.get("documentId").asString(),
				v.get("verbatim").asBoolean(), Values.flag(v.get("inferred")), Values.integer(v.get("start")),
				Values.integer(v.get("end")), document(v.get("document")));
	}

	public static Document document(Value v) {
		return new Document(v.get("id").asString(), v.get("title").asString(), Values.string(v.get("titleZhHans")),
				Values.string(v.get("publisher")), Values.string(v.get("publishedAt")), Values.string(v.get("url")),
				Values.string(v.get("site")), v.get("role").asString(), v.get("kind").asString(),
				Values.string(v.get("language")), Values.string(v.get("sha256")), Values.string(v.get("text")));
	}

}

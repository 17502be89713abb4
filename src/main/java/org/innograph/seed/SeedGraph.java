package org.innograph.seed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.innograph.entity.Vocabulary;
import org.innograph.names.NameForms;
import org.innograph.source.Provenance;
import org.innograph.store.Sha256;
import org.innograph.seed.SeedFile.DocumentEntry;
import org.innograph.seed.SeedFile.EntityEntry;
import org.innograph.seed.SeedFile.FactEntry;
import org.innograph.seed.SeedFile.SourceEntry;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * The seed checked against the rules of FORMAT.md and turned into rows for batched
 * writes. Building it either succeeds whole or fails with every problem found, before
 * anything is written.
 */
public record SeedGraph(List<Map<String, Object>> documents, List<Map<String, Object>> sources,
		List<Map<String, Object>> entities, List<Map<String, Object>> facts, List<Map<String, Object>> relations) {

	static final Set<String> RELATION_TYPES = Set.copyOf(Vocabulary.RELATION_TYPES);

	static final Set<String> UNITS = Set.of("CNY", "%", "pp", "times", "day", "year", "count", "rank", "star");

	static final Set<String> BOUNDS = Set.of("EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE");

	/**
	 * The text of a document held in the graph, and the SHA-256 of its original bytes.
	 */
	public record HeldText(String text, String sha256) {
	}

	/**
	 * What the graph already has, which a file may refer to without defining it: entities
	 * by id, and documents by id with their text (empty when the graph holds none).
	 */
	public record Existing(Set<String> entityIds, Map<String, String> documentTexts) {

		public static final Existing NONE = new Existing(Set.of(), Map.of());

	}

	static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCIAL");

	/**
	 * Checks the seed and builds its rows.
	 * @param seed the parsed file
	 * @param rawTexts the original bytes of each document's {@code file}, by file name
	 */
	static SeedGraph of(SeedFile seed, Map<String, byte[]> rawTexts) {
		var texts = new HashMap<String, HeldText>();
		rawTexts.forEach((file, raw) -> texts.put(file,
				new HeldText(ArticleText.body(new String(raw, StandardCharsets.UTF_8)), Sha256.hex(raw))));
		return of(seed, texts, Existing.NONE);
	}

	/**
	 * Checks a file in the seed's format against the rules of FORMAT.md and builds its
	 * rows.
	 * @param texts the text each document's {@code file} holds, once cleaned, by file
	 * name
	 * @param existing what the file may refer to without defining it
	 */
	public static SeedGraph of(SeedFile seed, Map<String, HeldText> texts, Existing existing) {
		var problems = new ArrayList<String>();
		var documents = new LinkedHashMap<String, Map<String, Object>>();
		var bodies = new HashMap<String, String>();
		for (DocumentEntry d : seed.documents()) {
			var props = new HashMap<String, Object>();
			putAll(props, "id", d.id(), "title", d.title(), "titleZhHans", d.titleZhHans(), "publisher", d.publisher(),
					"site", d.site(), "section", d.section(), "publishedAt", d.publishedAt(), "url", d.url(), "role",
					d.role(), "kind", d.kind(), "language", d.language());
			if (!Set.of("PRIMARY", "BACKGROUND").contains(d.role())) {
				problems.add("document %s: role must be PRIMARY or BACKGROUND, was %s".formatted(d.id(), d.role()));
			}
			if (d.file() != null) {
				var held = texts.get(d.file());
				if (held == null) {
					problems.add("document %s: file %s is missing".formatted(d.id(), d.file()));
				}
				else {
					bodies.put(d.id(), held.text());
					props.put("text", held.text());
					props.put("sha256", held.sha256());
				}
			}
			if (documents.put(d.id(), Map.copyOf(props)) != null) {
				problems.add("document %s is defined twice".formatted(d.id()));
			}
		}

		existing.documentTexts().forEach((id, text) -> {
			if (!text.isEmpty()) {
				bodies.putIfAbsent(id, text);
			}
		});
		var sources = new LinkedHashMap<String, Map<String, Object>>();
		Function<SourceEntry, String> cite = (s) -> {
			var inferred = Boolean.TRUE.equals(s.inferred());
			var id = Provenance.sourceId(s.doc(), s.quote(), inferred);
			var props = new HashMap<String, Object>();
			props.put("id", id);
			props.put("quote", s.quote());
			props.put("inferred", inferred);
			var body = bodies.get(s.doc());
			props.put("verbatim", body != null);
			if (!documents.containsKey(s.doc()) && !existing.documentTexts().containsKey(s.doc())) {
				problems.add("a source cites unknown document " + s.doc());
			}
			else if (body != null) {
				var placed = s.start() != null && s.end() != null && s.start() >= 0 && s.end() <= body.length()
						&& s.start() < s.end() && body.substring(s.start(), s.end()).equals(s.quote());
				var start = placed ? s.start() : body.indexOf(s.quote());
				if (start < 0 || s.quote().isBlank()) {
					problems.add("quote «%s» does not occur in the text of %s".formatted(s.quote(), s.doc()));
				}
				else {
					props.put("start", start);
					props.put("end", start + s.quote().length());
				}
				if (!ArticleText.glossesIn(s.quote()).isEmpty()) {
					problems.add("quote «%s» holds a pinyin gloss".formatted(s.quote()));
				}
			}
			sources.putIfAbsent(id, Map.of("id", id, "documentId", s.doc(), "props", Map.copyOf(props)));
			return id;
		};

		var entityIds = new HashSet<String>();
		var knownIds = new HashSet<String>(existing.entityIds());
		var entities = new ArrayList<Map<String, Object>>();
		for (EntityEntry e : seed.entities()) {
			if (!entityIds.add(e.id())) {
				problems.add("entity %s is defined twice".formatted(e.id()));
			}
			knownIds.add(e.id());
			if (!Vocabulary.KINDS.contains(e.kind())) {
				problems.add("entity %s: unknown kind %s".formatted(e.id(), e.kind()));
			}
			if (e.level() != null && !LEVELS.contains(e.level())) {
				problems.add("entity %s: level must be NATIONAL or PROVINCIAL".formatted(e.id()));
			}
			if ("HighTechZone".equals(e.kind()) && e.level() == null) {
				problems.add("entity %s: a high-tech zone needs a level".formatted(e.id()));
			}
			var aliases = e.aliases() == null ? List.<String>of() : e.aliases();
			var props = new HashMap<String, Object>();
			putAll(props, "id", e.id(), "kind", e.kind(), "name", e.zhHans(), "zhHant", e.zhHant(), "en", e.en(),
					"pinyin", e.pinyin(), "level", e.level(), "category", e.category(), "adminCode", e.adminCode(),
					"established", e.established(), "note", e.note());
			props.put("aliases", aliases);
			var forms = new ArrayList<@Nullable String>(List.of(e.zhHans()));
			forms.add(e.zhHant());
			forms.add(e.en());
			forms.add(e.pinyin());
			forms.addAll(aliases);
			props.put("searchText", NameForms.searchText(forms));
			entities.add(Map.of("id", e.id(), "kind", e.kind(), "props", Map.copyOf(props), "keys",
					NameForms.rankedKeys(forms, Vocabulary.ADMINISTRATIVE.contains(e.kind())), "sourceIds",
					cite(e.sources(), cite)));
		}

		var facts = new ArrayList<Map<String, Object>>();
		var relations = new ArrayList<Map<String, Object>>();
		var factIds = new HashSet<String>();
		for (FactEntry f : seed.facts()) {
			if (!factIds.add(f.id()) || entityIds.contains(f.id())) {
				problems.add("fact %s: the id is used twice".formatted(f.id()));
			}
			if (f.sources() == null || f.sources().isEmpty()) {
				problems.add("fact %s has no source".formatted(f.id()));
			}
			var sourceIds = cite(f.sources(), cite);
			var props = new HashMap<String, Object>();
			putAll(props, "id", f.id(), "ref", f.ref(), "note", f.note(), "rule", f.rule(), "confidence",
					f.confidence());
			props.put("inferred", Boolean.TRUE.equals(f.inferred()));
			Function<@Nullable String, @Nullable String> entity = (id) -> {
				if (id == null || !knownIds.contains(id)) {
					problems.add("fact %s refers to unknown entity %s".formatted(f.id(), id));
				}
				return id;
			};
			switch (f.type()) {
				case "METRIC" -> {
					putAll(props, "name", f.name(), "nameEn", f.nameEn(), "value", f.value(), "previousValue",
							f.previousValue(), "unit", f.unit(), "rawText", f.rawText(), "period", f.period());
					props.put("bound", f.bound() == null ? "EXACT" : f.bound());
					props.put("status", f.status() == null ? "ACHIEVED" : f.status());
					require(problems, f, "name", f.name(), "value", f.value(), "unit", f.unit(), "rawText",
							f.rawText());
					if (f.unit() != null && !UNITS.contains(f.unit())) {
						problems.add("fact %s: unknown unit %s".formatted(f.id(), f.unit()));
					}
					if (!BOUNDS.contains(String.valueOf(props.get("bound")))) {
						problems.add("fact %s: unknown bound %s".formatted(f.id(), f.bound()));
					}
					if (!Set.of("ACHIEVED", "TARGET").contains(String.valueOf(props.get("status")))) {
						problems.add("fact %s: unknown status %s".formatted(f.id(), f.status()));
					}
					facts.add(factRow(f.id(), "Metric", props, entity.apply(f.subject()), null, sourceIds));
				}
				case "RANKING" -> {
					putAll(props, "rank", f.rank(), "list", f.list(), "listEn", f.listEn(), "edition", f.edition(),
							"publisher", f.publisher());
					require(problems, f, "rank", f.rank(), "list", f.list());
					facts.add(factRow(f.id(), "Ranking", props, entity.apply(f.subject()), null, sourceIds));
				}
				case "DESIGNATION" -> {
					putAll(props, "name", f.name(), "nameEn", f.nameEn(), "year", f.year(), "date", f.date(), "grantor",
							f.grantor());
					props.put("status", f.status() == null ? "ACHIEVED" : f.status());
					require(problems, f, "name", f.name());
					if (!Set.of("ACHIEVED", "TARGET").contains(String.valueOf(props.get("status")))) {
						problems.add("fact %s: unknown status %s".formatted(f.id(), f.status()));
					}
					var grantor = f.grantorId() == null ? null : entity.apply(f.grantorId());
					var award = f.awardId() == null ? null : entity.apply(f.awardId());
					var row = factRow(f.id(), "Designation", props, entity.apply(f.holder()), award, sourceIds);
					if (grantor != null) {
						row.put("grantorId", grantor);
					}
					facts.add(row);
				}
				case "RELATION" -> {
					putAll(props, "type", f.relation(), "label", f.label(), "period", f.period());
					if (!RELATION_TYPES.contains(String.valueOf(f.relation()))) {
						problems.add("fact %s: unknown relation type %s".formatted(f.id(), f.relation()));
					}
					var row = new HashMap<String, Object>();
					row.put("id", f.id());
					row.put("type", String.valueOf(f.relation()));
					row.put("fromId", String.valueOf(entity.apply(f.from())));
					row.put("toId", String.valueOf(entity.apply(f.to())));
					row.put("props", Map.copyOf(props));
					row.put("sourceIds", sourceIds);
					row.put("links", List.of("FROM " + row.get("fromId"), "TO " + row.get("toId")));
					row.put("shortcut", row.get("type") + " " + row.get("fromId") + " " + row.get("toId"));
					relations.add(row);
				}
				default -> problems.add("fact %s: unknown type %s".formatted(f.id(), f.type()));
			}
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		facts.forEach(SeedGraph::stateLinks);
		return new SeedGraph(List.copyOf(documents.values()), List.copyOf(sources.values()), entities, facts,
				relations);
	}

	/**
	 * Writes the rows in the caller's transaction as additions: what they state replaces
	 * what the graph held about the same entities and facts, and facts they do not name
	 * stay (a curated import).
	 */
	public void write(TransactionContext tx) {
		write(tx, null);
	}

	/**
	 * Writes the rows in the caller's transaction. Each entity and fact is written as the
	 * whole truth about it: its properties, its one kind, the name keys of the names it
	 * has, its subject or ends, and its sources, with whatever it held before and no
	 * longer states removed. With {@code loadedBy} the rows are the whole of one load
	 * (the seed, or one document's ingestion): their facts are marked as its, and a fact
	 * of it that the rows no longer hold is deleted. Every statement is a MERGE on a
	 * constrained id or a delete of what the rows do not state, so the write can be
	 * repeated and concurrent writes of the same rows leave one copy. The change log
	 * records, in the same transaction, every fact written or deleted and every document
	 * new to the graph.
	 */
	public void write(TransactionContext tx, @Nullable String loadedBy) {
		SeedWriter.write(this, tx, loadedBy);
	}

	private static List<String> cite(@Nullable List<SourceEntry> entries, Function<SourceEntry, String> cite) {
		return entries == null ? List.of() : entries.stream().map(cite).distinct().toList();
	}

	private static HashMap<String, Object> factRow(String id, String label, Map<String, Object> props,
			@Nullable String subjectId, @Nullable String awardId, List<String> sourceIds) {
		var row = new HashMap<String, Object>();
		row.put("id", id);
		row.put("label", label);
		row.put("props", Map.copyOf(props));
		row.put("subjectId", String.valueOf(subjectId));
		if (awardId != null) {
			row.put("awardId", awardId);
		}
		row.put("sourceIds", sourceIds);
		return row;
	}

	/**
	 * The links a fact row states, as {@code "TYPE entityId"}, and its shortcut between
	 * entities as {@code "TYPE fromId toId"} (empty for none): the writer keeps these and
	 * removes any other link the fact had.
	 */
	private static void stateLinks(Map<String, Object> row) {
		var links = new ArrayList<String>();
		links.add("ABOUT " + row.get("subjectId"));
		if (row.containsKey("awardId")) {
			links.add("OF_AWARD " + row.get("awardId"));
		}
		if (row.containsKey("grantorId")) {
			links.add("GRANTED_BY " + row.get("grantorId"));
		}
		row.put("links", List.copyOf(links));
		row.put("shortcut",
				row.containsKey("awardId") ? "HOLDS " + row.get("subjectId") + " " + row.get("awardId") : "");
	}

	private static void require(List<String> problems, FactEntry f, Object... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] == null) {
				problems.add("fact %s: %s is required for %s".formatted(f.id(), namesAndValues[i], f.type()));
			}
		}
	}

	/** Puts the non-null values of alternating keys and values. */
	private static void putAll(Map<String, Object> map, @Nullable Object... keysAndValues) {
		for (int i = 0; i < keysAndValues.length; i += 2) {
			var value = keysAndValues[i + 1];
			if (value != null) {
				map.put(String.valueOf(keysAndValues[i]), value);
			}
		}
	}

}

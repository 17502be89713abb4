package org.innograph.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.innograph.editing.EditingRecords.DeleteEntityPayload;
import org.innograph.editing.EditingRecords.EditError;
import org.innograph.editing.EditingRecords.UpsertEntityInput;
import org.innograph.editing.EditingRecords.UpsertEntityPayload;
import org.innograph.entity.Entities;
import org.innograph.entity.EntityNode;
import org.innograph.entity.Vocabulary;
import org.innograph.names.NameForms;
import org.innograph.source.Provenance;
import org.innograph.store.ChangeLog;
import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Repository;

/**
 * Writes entities. Each change is one transaction of {@code MERGE}s on constrained keys
 * and deletes of what the change replaces: it applies whole or not at all, a retried
 * commit changes nothing more, and concurrent upserts of one entity leave one node whose
 * name keys are exactly those of the names it holds.
 */
@Repository
class EntityWriter {

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,78}[a-z0-9]");

	private final GraphStore store;

	private final Entities entities;

	EntityWriter(GraphStore store, Entities entities) {
		this.store = store;
		this.entities = entities;
	}

	UpsertEntityPayload upsert(UpsertEntityInput input) {
		var errors = new ArrayList<EditError>();
		if (!ID.matcher(input.id()).matches()) {
			errors.add(new EditError("id", "An id is 3 to 80 lower-case letters, digits and hyphens"));
		}
		if (!Vocabulary.KINDS.contains(input.kind())) {
			errors.add(new EditError("kind", "Unknown kind '%s'; one of %s".formatted(input.kind(),
					Vocabulary.KINDS.stream().sorted().toList())));
		}
		if (NameForms.key(input.zhHans()).isEmpty()) {
			errors.add(new EditError("zhHans", "The simplified Chinese name must not be empty"));
		}
		if ("HighTechZone".equals(input.kind()) && input.level() == null) {
			errors.add(new EditError("level", "A high-tech zone needs a level"));
		}
		var document = this.store.read("MATCH (d:Document {id: $id}) RETURN d.text AS text",
				Map.of("id", input.source().documentId()),
				r -> Map.of("text", r.get("text").isNull() ? "" : r.get("text").asString()));
		var quote = input.source().quote();
		int start = -1;
		if (document.isEmpty()) {
			errors.add(new EditError("source.documentId", "No document '%s'".formatted(input.source().documentId())));
		}
		else if (quote.isBlank()) {
			errors.add(new EditError("source.quote", "The quote must not be empty"));
		}
		else if (!((String) document.getFirst().get("text")).isEmpty()) {
			start = ((String) document.getFirst().get("text")).indexOf(quote);
			if (start < 0) {
				errors.add(new EditError("source.quote", "The quote does not occur in the document's text"));
			}
		}
		if (!errors.isEmpty()) {
			return new UpsertEntityPayload(null, false, errors);
		}
		var source = new HashMap<String, Object>();
		source.put("id", Provenance.sourceId(input.source().documentId(), quote, false));
		source.put("quote", quote);
		source.put("inferred", false);
		source.put("verbatim", start >= 0);
		if (start >= 0) {
			source.put("start", start);
			source.put("end", start + quote.length());
		}
		var outcome = this.store.write(tx -> {
			var held = tx.run(HELD_NAMES, Map.of("id", input.id())).list(HeldNames::from);
			if (!held.isEmpty() && !held.getFirst().kind().equals(input.kind())) {
				return new Outcome(false, new EditError("kind",
						"Entity %s is a %s; its kind cannot change".formatted(input.id(), held.getFirst().kind())));
			}
			var created = tx.run(WRITE_ENTITY, parameters(input, held.isEmpty() ? null : held.getFirst(), source))
				.single()
				.get("created")
				.asBoolean();
			return new Outcome(created, null);
		});
		if (outcome.error() != null) {
			return new UpsertEntityPayload(null, false, List.of(outcome.error()));
		}
		return new UpsertEntityPayload(this.entities.byId(input.id()).orElseThrow(), outcome.created(), List.of());
	}

	private record Outcome(boolean created, @Nullable EditError error) {
	}

	/** The kind and the name forms an entity holds. */
	private record HeldNames(String kind, @Nullable String zhHant, @Nullable String en, @Nullable String pinyin,
			List<String> aliases) {

		static HeldNames from(Record r) {
			return new HeldNames(r.get("kind").asString(), text(r.get("zhHant")), text(r.get("en")),
					text(r.get("pinyin")), r.get("aliases").asList(Value::asString));
		}

		private static @Nullable String text(Value value) {
			return value.isNull() ? null : value.asString();
		}

	}

	/**
	 * The names an entity holds, read under its write lock (taken by writing and removing
	 * a marker), so that a concurrent upsert of it waits and then reads this one's names:
	 * the forms one leaves out are the latest the entity has.
	 */
	private static final String HELD_NAMES = """
			MATCH (e:Entity {id: $id})
			SET e.upserting = true
			REMOVE e.upserting
			RETURN e.kind AS kind, e.zhHant AS zhHant, e.en AS en, e.pinyin AS pinyin,
			       coalesce(e.aliases, []) AS aliases
			""";

	/**
	 * A name form left out keeps the one the entity has, and every form it then has gets
	 * its key: what the entity says it is called, it is found by.
	 */
	private static Map<String, Object> parameters(UpsertEntityInput input, @Nullable HeldNames held,
			Map<String, Object> source) {
		var zhHant = (input.zhHant() != null || held == null) ? input.zhHant() : held.zhHant();
		var en = (input.en() != null || held == null) ? input.en() : held.en();
		var pinyin = (input.pinyin() != null || held == null) ? input.pinyin() : held.pinyin();
		var aliases = (input.aliases() != null) ? input.aliases() : (held != null) ? held.aliases() : List.<String>of();
		var forms = new ArrayList<@Nullable String>(List.of(input.zhHans()));
		forms.add(zhHant);
		forms.add(en);
		forms.add(pinyin);
		forms.addAll(aliases);
		var props = new HashMap<String, Object>();
		put(props, "id", input.id(), "kind", input.kind(), "name", input.zhHans().strip(), "zhHant", zhHant, "en", en,
				"pinyin", pinyin, "level", input.level(), "category", input.category());
		props.put("aliases", aliases);
		props.put("searchText", NameForms.searchText(forms));
		return Map.of("id", input.id(), "kind", input.kind(), "props", props, "keys",
				NameForms.rankedKeys(forms, Vocabulary.ADMINISTRATIVE.contains(input.kind())), "source", source,
				"documentId", input.source().documentId());
	}

	/**
	 * The entity with its names and the keys of exactly those names: a key it no longer
	 * has goes (and the key itself when no entity is known by it any more).
	 */
	private static final String WRITE_ENTITY = """
			MERGE (e:Entity {id: $id})
			ON CREATE SET e.created = true
			WITH e, coalesce(e.created, false) AS created
			SET e += $props, e:Sourced, e:$($kind)
			REMOVE e.created
			WITH e, created
			CALL (e) {
			  MATCH (e)-[old:KNOWN_AS]->(k:NameKey)
			  WHERE NOT k.key IN [name IN $keys | name.key]
			  DELETE old
			  WITH k WHERE NOT EXISTS { (k)<-[:KNOWN_AS]-() }
			  DELETE k
			}
			UNWIND $keys AS name
			MERGE (k:NameKey {key: name.key})
			MERGE (e)-[known:KNOWN_AS]->(k)
			SET known.rank = name.rank
			WITH DISTINCT e, created
			MATCH (d:Document {id: $documentId})
			MERGE (s:Source {id: $source.id})
			SET s = $source
			MERGE (s)-[:IN]->(d)
			MERGE (e)-[:SOURCED_FROM]->(s)
			RETURN created
			""";

	/**
	 * Deletes an entity with the facts about it or from or to it, and the name keys and
	 * sources nothing is known by or cites any more.
	 */
	DeleteEntityPayload delete(String id) {
		var deleted = this.store.write(tx -> {
			ChangeLog.factsDeleting(tx, tx.run("""
					MATCH (:Entity {id: $id})<-[:ABOUT|FROM|TO]-(f:Fact)
					RETURN collect(DISTINCT f.id) AS facts
					""", Map.of("id", id)).single().get("facts").asList(Value::asString));
			return tx.run("""
					OPTIONAL MATCH (e:Entity {id: $id})
					OPTIONAL MATCH (e)<-[:ABOUT|FROM|TO]-(f:Fact)
					WITH e, collect(DISTINCT f) AS facts
					WITH e, facts,
					     COLLECT { MATCH (e)-[:KNOWN_AS]->(k:NameKey) RETURN k } AS keys,
					     COLLECT { MATCH (e)-[:SOURCED_FROM]->(s:Source) RETURN s
					               UNION
					               UNWIND facts AS f MATCH (f)-[:SOURCED_FROM]->(s:Source) RETURN s } AS sources
					FOREACH (f IN facts | DETACH DELETE f)
					WITH e, keys, sources, size(facts) AS deletedFacts, e IS NOT NULL AS found
					FOREACH (x IN CASE WHEN found THEN [e] ELSE [] END | DETACH DELETE x)
					WITH keys, sources, deletedFacts, found
					CALL (keys) {
					  UNWIND keys AS k
					  WITH k WHERE NOT EXISTS { (k)<-[:KNOWN_AS]-() }
					  DELETE k
					}
					CALL (sources) {
					  UNWIND sources AS s
					  WITH s WHERE NOT EXISTS { (s)<-[:SOURCED_FROM]-() }
					  DETACH DELETE s
					}
					RETURN found, deletedFacts
					""", Map.of("id", id)).single();
		});
		if (!deleted.get("found").asBoolean()) {
			return new DeleteEntityPayload(null, 0, List.of(new EditError("id", "No entity '%s'".formatted(id))));
		}
		return new DeleteEntityPayload(id, deleted.get("deletedFacts").asInt(), List.of());
	}

	private static void put(Map<String, Object> map, @Nullable Object... keysAndValues) {
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
			}
		}
	}

}

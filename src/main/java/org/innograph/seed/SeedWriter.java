package org.innograph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.ChangeLog;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * The statements that write a {@link SeedGraph}'s rows in the caller's transaction, as
 * {@link SeedGraph#write(TransactionContext, String)} describes.
 */
final class SeedWriter {

	private SeedWriter() {
	}

	static void write(SeedGraph graph, TransactionContext tx, @Nullable String loadedBy) {
		var added = tx.run("""
				UNWIND $ids AS id
				OPTIONAL MATCH (d:Document {id: id})
				WITH id WHERE d IS NULL
				RETURN collect(id) AS added
				""", Map.of("ids", graph.documents().stream().map(row -> row.get("id")).toList()))
			.single()
			.get("added")
			.asList(v -> v.asString());
		tx.run("""
				UNWIND $rows AS row
				MERGE (d:Document {id: row.id})
				SET d = row
				""", Map.of("rows", graph.documents())).consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (d:Document {id: row.documentId})
				MERGE (s:Source {id: row.id})
				SET s = row.props
				MERGE (s)-[:IN]->(d)
				""", Map.of("rows", graph.sources())).consume();
		tx.run(WRITE_ENTITIES, Map.of("rows", graph.entities())).consume();
		var statements = new ArrayList<>(graph.facts());
		statements.addAll(graph.relations());
		var statementIds = statements.stream().map(row -> (String) row.get("id")).toList();
		var before = ChangeLog.factStates(tx, statementIds);
		var uncited = new ArrayList<>(
				tx.run(UNLINK_STALE, Map.of("rows", statements)).single().get("uncited").asList(v -> v.asString()));
		runWithNullable(tx, WRITE_FACTS, "rows", graph.facts(), "loadedBy", loadedBy);
		tx.run("""
				UNWIND $rows AS row
				MATCH (f:Fact {id: row.id}), (award:Entity {id: row.awardId}), (holder:Entity {id: row.subjectId})
				MERGE (f)-[:OF_AWARD]->(award)
				MERGE (holder)-[:HOLDS {factId: row.id}]->(award)
				""", Map.of("rows", graph.facts().stream().filter(row -> row.containsKey("awardId")).toList()))
			.consume();
		tx.run("""
				UNWIND $rows AS row
				MATCH (f:Fact {id: row.id}), (grantor:Entity {id: row.grantorId})
				MERGE (f)-[:GRANTED_BY]->(grantor)
				""", Map.of("rows", graph.facts().stream().filter(row -> row.containsKey("grantorId")).toList()))
			.consume();
		runWithNullable(tx, WRITE_RELATIONS, "rows", graph.relations(), "loadedBy", loadedBy);
		for (var rows : List.of(graph.entities(), graph.facts(), graph.relations())) {
			tx.run("""
					UNWIND $rows AS row
					MATCH (n:Sourced {id: row.id})
					UNWIND row.sourceIds AS sourceId
					MATCH (s:Source {id: sourceId})
					MERGE (n)-[:SOURCED_FROM]->(s)
					""", Map.of("rows", rows)).consume();
		}
		ChangeLog.factsWritten(tx, before);
		if (loadedBy != null) {
			ChangeLog.factsDeleting(
					tx, tx
						.run("""
								MATCH (f:Fact {loadedBy: $loadedBy})
								WHERE NOT f.id IN $ids
								RETURN collect(f.id) AS dropped
								""",
								Map.of("loadedBy", loadedBy, "ids",
										statements.stream().map(row -> row.get("id")).toList()))
						.single()
						.get("dropped")
						.asList(v -> v.asString()));
			uncited.addAll(tx
				.run(DELETE_DROPPED,
						Map.of("loadedBy", loadedBy, "ids", statements.stream().map(row -> row.get("id")).toList()))
				.single()
				.get("uncited")
				.asList(v -> v.asString()));
		}
		tx.run("""
				UNWIND $ids AS id
				MATCH (s:Source {id: id})
				WHERE NOT EXISTS { (s)<-[:SOURCED_FROM]-() }
				DETACH DELETE s
				""", Map.of("ids", uncited)).consume();
		ChangeLog.documentsAdded(tx, added);
	}

	/** Runs a statement whose parameters may be null. */
	private static void runWithNullable(TransactionContext tx, String cypher, String name, Object value,
			String otherName, @Nullable Object other) {
		var parameters = new HashMap<String, @Nullable Object>();
		parameters.put(name, value);
		parameters.put(otherName, other);
		tx.run(cypher, parameters).consume();
	}

	/**
	 * An entity's properties are replaced; the keys of names it no longer has go (with
	 * the key itself when no entity is known by it any more), so that a name it shows
	 * resolves to it and a name it dropped does not.
	 */
	private static final String WRITE_ENTITIES = """
			UNWIND $rows AS row
			MERGE (e:Entity {id: row.id})
			SET e = row.props, e:Sourced, e:$(row.kind)
			WITH e, row
			CALL (e, row) {
			  MATCH (e)-[old:KNOWN_AS]->(k:NameKey)
			  WHERE NOT k.key IN [name IN row.keys | name.key]
			  DELETE old
			  WITH k WHERE NOT EXISTS { (k)<-[:KNOWN_AS]-() }
			  DELETE k
			}
			UNWIND row.keys AS name
			MERGE (k:NameKey {key: name.key})
			MERGE (e)-[known:KNOWN_AS]->(k)
			SET known.rank = name.rank
			""";

	/**
	 * Before a fact is written, everything it held and no longer states goes: a shortcut
	 * between other entities or of another type, a link to another subject, award,
	 * grantor or end, a source it no longer cites, and its kind label (the write sets the
	 * one it has). Returns the sources left uncited, for removal once every row is
	 * written.
	 */
	private static final String UNLINK_STALE = """
			UNWIND $rows AS row
			MATCH (f:Fact {id: row.id})
			CALL (f, row) {
			  MATCH (f)-[:ABOUT|FROM]->(a:Entity)-[shortcut]->(b:Entity)
			  WHERE shortcut.factId = f.id AND type(shortcut) + ' ' + a.id + ' ' + b.id <> row.shortcut
			  DELETE shortcut
			}
			CALL (f, row) {
			  MATCH (f)-[link:ABOUT|OF_AWARD|GRANTED_BY|FROM|TO]->(e:Entity)
			  WHERE NOT type(link) + ' ' + e.id IN row.links
			  DELETE link
			}
			CALL (f, row) {
			  OPTIONAL MATCH (f)-[cited:SOURCED_FROM]->(s:Source)
			  WHERE NOT s.id IN row.sourceIds
			  DELETE cited
			  RETURN collect(s.id) AS uncited
			}
			REMOVE f:Metric:Ranking:Designation:Relation
			WITH uncited
			UNWIND uncited AS id
			RETURN collect(DISTINCT id) AS uncited
			""";

	/** A fact keeps the load it came from unless this one is a load of its own. */
	private static final String WRITE_FACTS = """
			UNWIND $rows AS row
			MATCH (subject:Entity {id: row.subjectId})
			MERGE (f:Fact {id: row.id})
			WITH f, row, subject, f.loadedBy AS loadedBefore
			SET f = row.props
			SET f:Sourced, f:$(row.label), f.loadedBy = coalesce($loadedBy, loadedBefore)
			MERGE (f)-[:ABOUT]->(subject)
			""";

	private static final String WRITE_RELATIONS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
			MERGE (f:Fact {id: row.id})
			WITH f, a, b, row, f.loadedBy AS loadedBefore
			SET f = row.props
			SET f:Sourced:Relation, f.loadedBy = coalesce($loadedBy, loadedBefore)
			MERGE (f)-[:FROM]->(a)
			MERGE (f)-[:TO]->(b)
			MERGE (a)-[:$(row.type) {factId: row.id}]->(b)
			""";

	/**
	 * The facts of a load that its new rows no longer hold: deleted with their shortcuts;
	 * returns the sources they cited, for removal once uncited.
	 */
	private static final String DELETE_DROPPED = """
			MATCH (f:Fact {loadedBy: $loadedBy})
			WHERE NOT f.id IN $ids
			CALL (f) {
			  MATCH (f)-[:ABOUT|FROM]->(:Entity)-[shortcut]->(:Entity)
			  WHERE shortcut.factId = f.id
			  DELETE shortcut
			}
			WITH f, COLLECT { MATCH (f)-[:SOURCED_FROM]->(s:Source) RETURN s.id } AS cited
			DETACH DELETE f
			WITH cited
			UNWIND cited AS id
			RETURN collect(DISTINCT id) AS uncited
			""";

}

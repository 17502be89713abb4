package org.innograph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The change log's writing side: every write that changes facts or adds documents calls
 * these in its own transaction, so that a change is in the log exactly when it is in the
 * graph. Each records {@code (:Change:PendingChange)} nodes; the transaction's last
 * statement ({@link GraphStore#RAISE_VERSION}) numbers them with the graph's new version
 * and their place in the transaction, and takes the pending label off. The change feed
 * reads them in that order.
 */
public final class ChangeLog {

	private ChangeLog() {
	}

	/**
	 * What a fact change keeps of the fact: its type and every entity it links (subject,
	 * holder, award, grantor, a relation's two ends), so that a deletion can still be
	 * filtered by them.
	 */
	private static final String FACT_CHANGE = """
			UNWIND $ids AS id
			MATCH (f:Fact {id: id})
			CREATE (:Change:PendingChange {kind: 'FACT', op: $op, step: $step, at: datetime(), factId: f.id,
			  factKind: [label IN labels(f) WHERE label IN ['Metric', 'Ranking', 'Designation', 'Relation']][0],
			  subjectIds: COLLECT { MATCH (f)-[:ABOUT|FROM|TO|OF_AWARD|GRANTED_BY]->(e:Entity) RETURN DISTINCT e.id }})
			""";

	private static final String DOCUMENTS_ADDED = """
			UNWIND $ids AS id
			MATCH (d:Document {id: id})
			CREATE (:Change:PendingChange {kind: 'DOCUMENT', op: 'ADD', step: 2, at: datetime(), documentId: d.id})
			""";

	/**
	 * A fact's state as the change log compares it: its properties, labels and links
	 * (subject, award, grantor, ends and sources).
	 */
	private static final String FACT_STATES = """
			UNWIND $ids AS id
			OPTIONAL MATCH (f:Fact {id: id})
			RETURN id, CASE WHEN f IS NULL THEN null ELSE [properties(f),
			  COLLECT { UNWIND labels(f) AS label RETURN label ORDER BY label },
			  COLLECT { MATCH (f)-[r]->(x) WITH type(r) + ' ' + coalesce(x.id, '') AS link RETURN link ORDER BY link }]
			END AS state
			""";

	/**
	 * The state of the facts a write is about to write, to be handed to
	 * {@link #factsWritten} after it.
	 */
	public static FactStates factStates(SimpleQueryRunner tx, List<String> factIds) {
		return new FactStates(factIds, states(tx, factIds));
	}

	/** Facts' states before a write, by id; null for a fact not in the graph. */
	public record FactStates(List<String> ids, Map<String, @Nullable Value> states) {
	}

	private static Map<String, @Nullable Value> states(SimpleQueryRunner tx, List<String> factIds) {
		var states = new HashMap<String, @Nullable Value>();
		if (!factIds.isEmpty()) {
			tx.run(FACT_STATES, Map.of("ids", factIds))
				.forEachRemaining(
						r -> states.put(r.get("id").asString(), r.get("state").isNull() ? null : r.get("state")));
		}
		return states;
	}

	/**
	 * Records the facts that a write created or changed, compared with their states
	 * before it: writing a fact again as it was records nothing, so that a repeated load
	 * leaves the log as it was.
	 */
	public static void factsWritten(SimpleQueryRunner tx, FactStates before) {
		var after = states(tx, before.ids());
		var changed = before.ids()
			.stream()
			.filter(id -> after.get(id) != null && !Objects.equals(after.get(id), before.states().get(id)))
			.distinct()
			.toList();
		facts(tx, changed, "UPSERT", 1);
	}

	/**
	 * Records that the facts with these ids are about to be deleted: call it before the
	 * deletion, while they still link their entities.
	 */
	public static void factsDeleting(SimpleQueryRunner tx, Collection<String> factIds) {
		facts(tx, factIds, "DELETE", 0);
	}

	/** Records that the documents with these ids were added to the graph. */
	public static void documentsAdded(SimpleQueryRunner tx, Collection<String> documentIds) {
		if (!documentIds.isEmpty()) {
			tx.run(DOCUMENTS_ADDED, Map.of("ids", List.copyOf(documentIds))).consume();
		}
	}

	private static void facts(SimpleQueryRunner tx, Collection<String> factIds, String op, int step) {
		if (!factIds.isEmpty()) {
			tx.run(FACT_CHANGE, Map.of("ids", List.copyOf(factIds), "op", op, "step", step)).consume();
		}
	}

}

package org.innograph.bulk;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.innograph.store.GraphStore;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.ConstraintViolationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.TransientFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes chunks through the embedded store's own API, in the process that holds it. The
 * graph is the one {@link CypherWriter} writes, node for node; only the Cypher runtime,
 * which took a third of a load's time, is left out. A reference to a node that is not
 * there fails the chunk, as it does there.
 */
final class CoreApiWriter implements BulkLoader.Writer {

	private static final Label DOCUMENT = Label.label("Document");

	private static final Label SOURCE = Label.label("Source");

	private static final Label ENTITY = Label.label("Entity");

	private static final Label SOURCED = Label.label("Sourced");

	private static final Label FACT = Label.label("Fact");

	private static final Label RELATION = Label.label("Relation");

	private static final Label NAME_KEY = Label.label("NameKey");

	private static final Label BULK_LOAD = Label.label("BulkLoad");

	private static final Label BULK_CHUNK = Label.label("BulkChunk");

	private static final RelationshipType IN = RelationshipType.withName("IN");

	private static final RelationshipType SOURCED_FROM = RelationshipType.withName("SOURCED_FROM");

	private static final RelationshipType KNOWN_AS = RelationshipType.withName("KNOWN_AS");

	private static final RelationshipType ABOUT = RelationshipType.withName("ABOUT");

	private static final RelationshipType OF_AWARD = RelationshipType.withName("OF_AWARD");

	private static final RelationshipType HOLDS = RelationshipType.withName("HOLDS");

	private static final RelationshipType GRANTED_BY = RelationshipType.withName("GRANTED_BY");

	private static final RelationshipType FROM = RelationshipType.withName("FROM");

	private static final RelationshipType TO = RelationshipType.withName("TO");

	private static final int ATTEMPTS = 10;

	private static final Logger log = LoggerFactory.getLogger(CoreApiWriter.class);

	private final GraphDatabaseService db;

	CoreApiWriter(GraphDatabaseService db) {
		this.db = db;
	}

	@Override
	public void begin(String load) {
		try (var tx = this.db.beginTx()) {
			if (tx.findNode(BULK_LOAD, "id", load) == null) {
				var b = tx.createNode(BULK_LOAD);
				b.setProperty("id", load);
				b.setProperty("startedAt", ZonedDateTime.now(ZoneOffset.UTC));
			}
			tx.execute(GraphStore.RAISE_VERSION).close();
			tx.commit();
		}
	}

	@Override
	public long @Nullable [] write(String load, Chunk chunk) {
		for (int attempt = 1;; attempt++) {
			try (var tx = this.db.beginTx()) {
				if (tx.findNodes(BULK_CHUNK, "load", load, "name", chunk.name()).hasNext()) {
					return null;
				}
				var counts = new Chunked(tx).write(chunk);
				var record = tx.createNode(BULK_CHUNK);
				record.setProperty("load", load);
				record.setProperty("name", chunk.name());
				record.setProperty("at", ZonedDateTime.now(ZoneOffset.UTC));
				// Not through GraphStore, so the version is raised here.
				tx.execute(GraphStore.RAISE_VERSION).close();
				tx.commit();
				return counts;
			}
			catch (RuntimeException ex) {
				// A deadlock between parallel chunks: the whole chunk was rolled back,
				// and runs again. (A name key that the other chunk created is taken
				// where it is met, in nameKey.)
				if (attempt >= ATTEMPTS || !isTransient(ex)) {
					throw ex;
				}
				log.warn("Chunk {} was rolled back ({}); writing it again, attempt {} of {}", chunk.name(),
						ex.getMessage(), attempt + 1, ATTEMPTS);
			}
		}
	}

	private static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TransientFailureException) {
				return true;
			}
		}
		return false;
	}

	/** One chunk's transaction, with the nodes it created or looked up, by id. */
	private static final class Chunked {

		private final Transaction tx;

		private final Map<String, Node> byId = new HashMap<>();

		private final long[] counts = new long[2];

		Chunked(Transaction tx) {
			this.tx = tx;
		}

		long[] write(Chunk chunk) {
			for (var row : chunk.documents()) {
				remember(node(row, DOCUMENT));
			}
			for (var row : chunk.sources()) {
				var source = remember(node(Chunk.props(row), SOURCE));
				link(source, IN, find(DOCUMENT, (String) row.get("documentId")));
			}
			for (var row : chunk.entities()) {
				var entity = remember(node(Chunk.props(row), ENTITY, SOURCED, Label.label((String) row.get("kind"))));
				sourcedFrom(entity, row);
				for (var name : Chunk.list(row, "keys")) {
					@SuppressWarnings("unchecked")
					var key = (Map<String, Object>) name;
					link(entity, KNOWN_AS, nameKey((String) key.get("key"))).setProperty("rank",
							storable(key.get("rank")));
				}
			}
			for (var row : chunk.facts()) {
				var fact = node(Chunk.props(row), FACT, SOURCED, Label.label((String) row.get("label")));
				var subject = find(ENTITY, (String) row.get("subjectId"));
				link(fact, ABOUT, subject);
				if (row.get("awardId") instanceof String awardId) {
					var award = find(ENTITY, awardId);
					link(fact, OF_AWARD, award);
					link(subject, HOLDS, award).setProperty("factId", row.get("id"));
				}
				if (row.get("grantorId") instanceof String grantorId) {
					link(fact, GRANTED_BY, find(ENTITY, grantorId));
				}
				sourcedFrom(fact, row);
			}
			for (var row : chunk.relations()) {
				var from = find(ENTITY, (String) row.get("fromId"));
				var to = find(ENTITY, (String) row.get("toId"));
				var fact = node(Chunk.props(row), FACT, SOURCED, RELATION);
				link(fact, FROM, from);
				link(fact, TO, to);
				link(from, RelationshipType.withName((String) row.get("type")), to).setProperty("factId",
						row.get("id"));
				sourcedFrom(fact, row);
			}
			return this.counts;
		}

		private Node node(Map<String, Object> properties, Label... labels) {
			var node = this.tx.createNode(labels);
			properties.forEach((key, value) -> node.setProperty(key, storable(value)));
			this.counts[0]++;
			return node;
		}

		private org.neo4j.graphdb.Relationship link(Node from, RelationshipType type, Node to) {
			this.counts[1]++;
			return from.createRelationshipTo(to, type);
		}

		private void sourcedFrom(Node node, Map<String, Object> row) {
			for (var sourceId : Chunk.list(row, "sourceIds")) {
				link(node, SOURCED_FROM, find(SOURCE, (String) sourceId));
			}
		}

		private Node remember(Node node) {
			this.byId.put((String) node.getProperty("id"), node);
			return node;
		}

		/** A node of this chunk, or of one written before, by its id. */
		private Node find(Label label, String id) {
			var node = this.byId.get(id);
			if (node == null) {
				node = this.tx.findNode(label, "id", id);
				if (node == null) {
					throw new IllegalStateException("the chunk refers to " + label.name() + " " + id
							+ ", which is neither in it nor in the graph");
				}
				this.byId.put(id, node);
			}
			return node;
		}

		/** The name key, shared with entities of any chunk: found, or created once. */
		private Node nameKey(String key) {
			var found = this.tx.findNode(NAME_KEY, "key", key);
			if (found != null) {
				return found;
			}
			var created = this.tx.createNode(NAME_KEY);
			try {
				created.setProperty("key", key);
			}
			catch (ConstraintViolationException ex) {
				// A parallel chunk created the key after the lookup, and the constraint's
				// check waited for its commit: take that key instead of writing the whole
				// chunk again.
				created.delete();
				var committed = this.tx.findNode(NAME_KEY, "key", key);
				if (committed == null) {
					throw ex;
				}
				return committed;
			}
			this.counts[0]++;
			return created;
		}

	}

	/**
	 * A row's value as Cypher would store it: integers as 64 bits, lists as arrays of one
	 * type.
	 */
	static Object storable(Object value) {
		return switch (value) {
			case Integer i -> i.longValue();
			case List<?> list -> array(list);
			default -> value;
		};
	}

	private static Object array(List<?> list) {
		if (list.stream().allMatch(String.class::isInstance)) {
			return list.toArray(String[]::new);
		}
		if (list.stream().allMatch(v -> v instanceof Integer || v instanceof Long)) {
			return list.stream().mapToLong(v -> ((Number) v).longValue()).toArray();
		}
		if (list.stream().allMatch(Number.class::isInstance)) {
			return list.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
		}
		throw new IllegalArgumentException("a list property must hold only strings or only numbers, was " + list);
	}

}

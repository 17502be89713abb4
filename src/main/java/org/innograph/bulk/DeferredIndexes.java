package org.innograph.bulk;

import java.util.Map;
import java.util.regex.Pattern;

import org.innograph.store.GraphStore;
import org.innograph.store.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A bulk load into an empty store builds its secondary indexes (names, kinds, metrics,
 * rankings, the full-text index) once, after the load, rather than entry by entry during
 * it, as Neo4j's own importer does; the uniqueness constraints stay, as the load looks
 * nodes up by id. Before the indexes are dropped, the statements that create them again
 * are recorded on the load's node: a load that stops midway leaves them there, and the
 * next start of the service (or of the load, which then goes on with its indexes) creates
 * them again.
 */
@Component
class DeferredIndexes implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DeferredIndexes.class);

	/** The name in a {@code CREATE ... INDEX `name`} statement, to make it idempotent. */
	private static final Pattern CREATE = Pattern.compile("^(CREATE (?:\\w+ )?INDEX `[^`]+`)");

	private final GraphStore store;

	/** Runs after the migrations, which create the indexes in the first place. */
	DeferredIndexes(GraphStore store, Migrations migrations) {
		this.store = store;
	}

	@Override
	public void afterPropertiesSet() {
		var pending = this.store.readForMaintenance(
				"MATCH (b:BulkLoad) WHERE b.deferredIndexes IS NOT NULL RETURN count(b) AS n", Map.of(),
				r -> r.get("n").asLong());
		if (pending.getFirst() > 0) {
			log.warn("A bulk load stopped before it built its indexes; building them now");
			restore();
		}
	}

	/**
	 * Drops the secondary indexes for the load, when the store holds no entities yet.
	 * @return whether they were dropped
	 */
	boolean defer(String load) {
		var entities = this.store
			.readForMaintenance("MATCH (e:Entity) RETURN count(e) AS n", Map.of(), r -> r.get("n").asLong())
			.getFirst();
		if (entities > 0) {
			return false;
		}
		var indexes = this.store.readForMaintenance("""
				SHOW INDEXES YIELD name, type, owningConstraint, createStatement
				WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
				RETURN name, createStatement""", Map.of(),
				r -> Map.entry(r.get("name").asString(), r.get("createStatement").asString()));
		var statements = indexes.stream().map(Map.Entry::getValue).toList();
		this.store.writeForMaintenance(
				tx -> tx
					.run("MERGE (b:BulkLoad {id: $load}) SET b.deferredIndexes = $statements",
							Map.of("load", load, "statements", statements))
					.consume());
		for (var index : indexes) {
			this.store.schema("DROP INDEX `%s` IF EXISTS".formatted(index.getKey().replace("`", "``")));
		}
		return true;
	}

	/** Creates every recorded index again and waits until all are online. */
	void restore() {
		var recorded = this.store.readForMaintenance(
				"MATCH (b:BulkLoad) WHERE b.deferredIndexes IS NOT NULL RETURN b.deferredIndexes AS statements",
				Map.of(), r -> r.get("statements").asList(v -> v.asString()));
		for (var statements : recorded) {
			for (var statement : statements) {
				this.store.schema(CREATE.matcher(statement).replaceFirst("$1 IF NOT EXISTS"));
			}
		}
		this.store.schema("CALL db.awaitIndexes(86400)");
		this.store.writeForMaintenance(
				tx -> tx.run("MATCH (b:BulkLoad) WHERE b.deferredIndexes IS NOT NULL REMOVE b.deferredIndexes")
					.consume());
	}

}

package org.innograph.bulk;

import java.util.Map;
import java.util.function.Function;

import org.innograph.store.GraphStore;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.TransientFailureException;

/** Where the bulk loader's transactions run. */
final class StoreTransactions {

	private StoreTransactions() {
	}

	/**
	 * Through the driver, as every other write of the service: works against any Neo4j.
	 */
	static BulkLoader.Transactions driver(GraphStore store) {
		return new BulkLoader.Transactions() {
			@Override
			public <T> T write(Function<BulkLoader.Statements, T> work) {
				return store.writeForMaintenance(tx -> work.apply(new BulkLoader.Statements() {
					@Override
					public long[] run(String cypher, Map<String, Object> parameters) {
						var counters = tx.run(cypher, parameters).consume().counters();
						return new long[] { counters.nodesCreated(), counters.relationshipsCreated() };
					}

					@Override
					public boolean ask(String cypher, Map<String, Object> parameters) {
						return tx.run(cypher, parameters).single().get(0).asBoolean();
					}
				}));
			}
		};
	}

	/**
	 * In the process that holds the embedded store: the same Cypher, without encoding
	 * every row for Bolt and decoding it again, which on a small machine costs as much as
	 * the writes themselves.
	 */
	static BulkLoader.Transactions embedded(DatabaseManagementService dbms, String database) {
		GraphDatabaseService db = dbms.database(database);
		return new BulkLoader.Transactions() {
			@Override
			public <T> T write(Function<BulkLoader.Statements, T> work) {
				for (int attempt = 1;; attempt++) {
					try (var tx = db.beginTx()) {
						var result = work.apply(new BulkLoader.Statements() {
							@Override
							public long[] run(String cypher, Map<String, Object> parameters) {
								try (var r = tx.execute(cypher, parameters)) {
									r.accept(row -> true);
									var stats = r.getQueryStatistics();
									return new long[] { stats.getNodesCreated(), stats.getRelationshipsCreated() };
								}
							}

							@Override
							public boolean ask(String cypher, Map<String, Object> parameters) {
								try (var r = tx.execute(cypher, parameters)) {
									return Boolean.TRUE.equals(r.next().values().iterator().next());
								}
							}
						});
						tx.commit();
						return result;
					}
					catch (TransientFailureException ex) {
						// Parallel chunks can deadlock on a shared name key: one of them
						// is rolled back and runs again.
						if (attempt >= 10) {
							throw ex;
						}
					}
				}
			}
		};
	}

}

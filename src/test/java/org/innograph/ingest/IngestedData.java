package org.innograph.ingest;

import org.innograph.store.GraphStore;

/**
 * Removes what ingestion tests loaded, so that the shared graph holds only the seed for
 * the other tests.
 */
public final class IngestedData {

	private IngestedData() {
	}

	public static void remove(GraphStore store) {
		store.write(tx -> {
			tx.run("""
					MATCH ()-[r]->() WHERE r.factId STARTS WITH 'ing-' OR r.factId STARTS WITH 'imp-'
					DELETE r""").consume();
			tx.run("MATCH (f:Fact) WHERE f.id STARTS WITH 'ing-' OR f.id STARTS WITH 'imp-' DETACH DELETE f").consume();
			tx.run("""
					MATCH (e:Entity)
					WHERE e.note STARTS WITH 'proposed by ingestion' OR e.id STARTS WITH 'pol-imp-'
					DETACH DELETE e""").consume();
			tx.run("MATCH (d:Document) WHERE d.id STARTS WITH 'doc-' DETACH DELETE d").consume();
			tx.run("MATCH (s:Source) WHERE NOT (s)<-[:SOURCED_FROM]-() DETACH DELETE s").consume();
			tx.run("MATCH (k:NameKey) WHERE NOT (k)<-[:KNOWN_AS]-() DELETE k").consume();
			return null;
		});
	}

}

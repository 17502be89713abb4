package org.innograph.ingest;

import java.util.Map;

import org.innograph.ingest.Proposal.ProposedDocument;
import org.innograph.store.GraphStore;
import org.innograph.store.StoreSetUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Gives every document whose text the graph holds the key of its content, as ingestion
 * keys documents: those stored before the key existed (migration V0005), and the seed's.
 * One read when there is nothing to do; a document whose key another one already has is
 * left without it and named in the log, since two documents of one content need a person
 * to merge them.
 */
@Component
class DocumentContentKeys {

	private static final Logger log = LoggerFactory.getLogger(DocumentContentKeys.class);

	private final GraphStore store;

	/** Keys the documents as the last step of the store's set-up, after the seed. */
	DocumentContentKeys(GraphStore store, StoreSetUp setUp) {
		this.store = store;
		setUp.add(30, "document content keys", this::keyDocuments);
	}

	void keyDocuments() {
		var missing = this.store.readForMaintenance("""
				MATCH (d:Document) WHERE d.text IS NOT NULL AND d.contentKey IS NULL
				RETURN d.id AS id, d.text AS text
				""", Map.of(), r -> Map.of("id", r.get("id").asString(), "key",
				ProposedDocument.contentKeyOf(r.get("text").asString())));
		if (missing.isEmpty()) {
			return;
		}
		var keyed = this.store.writeForMaintenance(tx -> tx.run("""
				UNWIND $rows AS row
				MATCH (d:Document {id: row.id})
				WHERE NOT EXISTS { MATCH (other:Document {contentKey: row.key}) }
				SET d.contentKey = row.key
				RETURN collect(d.id) AS ids
				""", Map.of("rows", missing)).single().get("ids").asList(v -> v.asString()));
		log.info("ParentKey {} documents by their content", keyed.size());
		missing.stream()
			.map(row -> row.get("id"))
			.filter(id -> !keyed.contains(id))
			.forEach(id -> log.warn("Document {} has the content of another document; it keeps no content key", id));
	}

}

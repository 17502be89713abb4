package org.innograph.ingest;

import java.util.List;

/**
 * What a load did: the document, whether it is new, and how many facts and entities it
 * added or found already there. Loading the same document again adds nothing.
 */
record LoadResult(String documentId, boolean documentCreated, int facts, int factsCreated, int factsPresent,
		int entitiesCreated, List<String> warnings) {
}

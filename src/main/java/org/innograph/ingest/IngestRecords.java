package org.innograph.ingest;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The input and payload of the ingestDocument mutation. */
final class IngestRecords {

	private IngestRecords() {
	}

	record IngestDocumentInput(@Nullable String text, @Nullable String base64, @Nullable String proposal,
			@Nullable Boolean dryRun) {
	}

	record IngestCounts(int facts, int factsCreated, int factsPresent, int entitiesCreated, boolean documentCreated) {
	}

	record IngestError(String problem, String message) {
	}

	record IngestDocumentPayload(boolean dryRun, @Nullable String documentId, @Nullable IngestCounts counts,
			List<String> warnings, @Nullable Proposal proposal, @Nullable String proposalJson,
			List<IngestError> errors) {

		static IngestDocumentPayload refused(IngestRefused refused) {
			return new IngestDocumentPayload(true, null, null, List.of(), null, null,
					List.of(new IngestError(refused.problem().name(), refused.getMessage())));
		}
	}

}

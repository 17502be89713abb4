package org.innograph.ingest;

import org.innograph.ingest.IngestRefused.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A proposal as JSON, for a person to review and edit, and back. */
final class ProposalJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ProposalJson() {
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static Proposal read(String json) {
		try {
			var proposal = JSON.readValue(json, Proposal.class);
			if (proposal == null || proposal.document() == null || proposal.facts() == null
					|| proposal.entities() == null) {
				throw new IngestRefused(Problem.BAD_PROPOSAL,
						"A proposal needs its document, entities and facts, as a dry run writes them");
			}
			return proposal;
		}
		catch (JacksonException ex) {
			throw new IngestRefused(Problem.BAD_PROPOSAL,
					"The proposal is not valid JSON of a dry run's proposal: " + ex.getOriginalMessage());
		}
	}

	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

}

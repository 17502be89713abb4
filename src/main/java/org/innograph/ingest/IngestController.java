package org.innograph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import graphql.GraphQLContext;
import org.innograph.ingest.IngestRecords.IngestCounts;
import org.innograph.ingest.IngestRecords.IngestDocumentInput;
import org.innograph.ingest.IngestRecords.IngestDocumentPayload;
import org.innograph.security.Access;
import org.innograph.security.Role;
import org.innograph.system.InvalidArgumentException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class IngestController {

	private final Ingestion ingestion;

	IngestController(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@MutationMapping
	IngestDocumentPayload ingestDocument(@Argument IngestDocumentInput input, GraphQLContext context) {
		Access.require(context, Role.EDITOR);
		int given = ((input.text() != null) ? 1 : 0) + ((input.base64() != null) ? 1 : 0)
				+ ((input.proposal() != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidArgumentException("input",
					"Give exactly one of input.text, input.base64 and input.proposal");
		}
		var dryRun = Boolean.TRUE.equals(input.dryRun());
		try {
			if (input.proposal() != null) {
				var proposal = ProposalJson.read(input.proposal());
				return dryRun ? dryRun(proposal) : loaded(this.ingestion.load(proposal), proposal);
			}
			var bytes = (input.text() != null) ? input.text().getBytes(StandardCharsets.UTF_8) : decode(input.base64());
			var proposal = this.ingestion.propose(bytes);
			return dryRun ? dryRun(proposal) : loaded(this.ingestion.load(proposal), proposal);
		}
		catch (IngestRefused refused) {
			return IngestDocumentPayload.refused(refused);
		}
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("input.base64", "input.base64 is not valid Base64");
		}
	}

	private static IngestDocumentPayload dryRun(Proposal proposal) {
		int present = (int) proposal.facts().stream().filter(f -> "PRESENT".equals(f.loadStatus())).count();
		int candidates = (int) proposal.entities().stream().filter(e -> !e.existing()).count();
		var counts = new IngestCounts(proposal.facts().size(), proposal.facts().size() - present, present, candidates,
				!proposal.document().alreadyInGraph());
		return new IngestDocumentPayload(true, proposal.document().id(), counts, proposal.warnings(), proposal,
				ProposalJson.write(proposal), java.util.List.of());
	}

	private static IngestDocumentPayload loaded(LoadResult result, Proposal proposal) {
		var counts = new IngestCounts(result.facts(), result.factsCreated(), result.factsPresent(),
				result.entitiesCreated(), result.documentCreated());
		return new IngestDocumentPayload(false, result.documentId(), counts, result.warnings(), proposal,
				ProposalJson.write(proposal), java.util.List.of());
	}

}

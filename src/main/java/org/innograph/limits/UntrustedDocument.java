package org.innograph.limits;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

import org.springframework.graphql.execution.ErrorType;

/** In trusted-documents mode, a document that is not registered. */
record UntrustedDocument(String sha256) implements GraphQLError {

	@Override
	public String getMessage() {
		return "Only registered documents run on this endpoint; this one (SHA-256 %s) is not registered"
			.formatted(this.sha256);
	}

	@Override
	public List<SourceLocation> getLocations() {
		return List.of();
	}

	@Override
	public ErrorClassification getErrorType() {
		return ErrorType.FORBIDDEN;
	}

	@Override
	public Map<String, Object> getExtensions() {
		return Map.of("classification", ErrorType.FORBIDDEN.name(), "limit", "trustedDocuments", "sha256", this.sha256);
	}

}

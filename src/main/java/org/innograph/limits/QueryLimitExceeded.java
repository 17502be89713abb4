package org.innograph.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request over one of its limits: the error names the limit, what the request measured
 * and the cap, so that a client can shrink its query.
 */
record QueryLimitExceeded(String limit, Number measured, Number cap) implements GraphQLError {

	@Override
	public String getMessage() {
		return "The query exceeds the %s limit: %s, at most %s".formatted(this.limit, this.measured, this.cap);
	}

	@Override
	public List<SourceLocation> getLocations() {
		return List.of();
	}

	@Override
	public ErrorClassification getErrorType() {
		return ErrorType.BAD_REQUEST;
	}

	@Override
	public Map<String, Object> getExtensions() {
		var extensions = new LinkedHashMap<String, Object>();
		extensions.put("classification", ErrorType.BAD_REQUEST.name());
		extensions.put("limit", this.limit);
		extensions.put("measured", this.measured);
		extensions.put("cap", this.cap);
		return extensions;
	}

}

package org.innograph.export;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.OperationDefinition;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.innograph.limits.LimitedDocuments;
import org.innograph.security.ApiKeys;
import org.innograph.system.OperationTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports the answer of any GraphQL query: {@code GET /export.csv?query=...} (a plain
 * table), {@code /export.zip} (the table with its sources and licence),
 * {@code /export.json} (Cytoscape.js elements) or {@code /export.graphml}, with optional
 * {@code variables} (JSON) and {@code operationName}; or the same as a POST with a
 * GraphQL JSON body. The query runs through the same GraphQL service as {@code /graphql}.
 */
@RestController
class ExportController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ExecutionGraphQlService graphql;

	private final String licence;

	private final ApiKeys keys;

	ExportController(ExecutionGraphQlService graphql, @Value("${innograph.dataset.licence}") String licence,
			ApiKeys keys) {
		this.graphql = graphql;
		this.licence = licence;
		this.keys = keys;
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> get(@PathVariable String format, @RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false) @Nullable String variables,
			@RequestParam(required = false) @Nullable String operationName,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		if (this.keys.readsNeedAKey() && this.keys.roles(authorization).isEmpty()) {
			return unauthorized();
		}
		Map<String, Object> parsed;
		try {
			parsed = (variables == null || variables.isBlank()) ? Map.of() : JSON.readValue(variables, Map.class);
		}
		catch (RuntimeException ex) {
			return error("'variables' must be a JSON object, e.g. {\"id\": \"city-ningbo\"}");
		}
		return export(format, query, operationName, parsed);
	}

	@PostMapping("/export.{format}")
	ResponseEntity<byte[]> post(@PathVariable String format, @RequestBody(required = false) @Nullable GraphQlBody body,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String authorization) {
		if (this.keys.readsNeedAKey() && this.keys.roles(authorization).isEmpty()) {
			return unauthorized();
		}
		if (body == null) {
			return error("The body must be a GraphQL request in JSON: {\"query\": \"{ ... }\"}");
		}
		return export(format, body.query(), body.operationName(),
				(body.variables() != null) ? body.variables() : Map.of());
	}

	private ResponseEntity<byte[]> export(String extension, @Nullable String query, @Nullable String operationName,
			Map<String, Object> variables) {
		Formats format;
		try {
			format = Formats.of(extension);
		}
		catch (IllegalArgumentException ex) {
			return error(ex.getMessage());
		}
		if (query == null || query.isBlank()) {
			return error("'query' is missing: give the GraphQL query whose answer to export");
		}
		var operation = OperationTypes.of(query, operationName);
		if (operation != null && operation != OperationDefinition.Operation.QUERY) {
			return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "GET, POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(JSON.writeValueAsBytes(Map.of("errors",
						java.util.List.of(Map.of("message", "Exports run queries only; this operation is a "
								+ operation.name().toLowerCase(Locale.ROOT) + ": send it to /graphql")))));
		}
		var response = this.graphql
			.execute(queriesOnly(new DefaultExecutionGraphQlRequest(query, operationName, variables, null,
					UUID.randomUUID().toString(), null)))
			.block();
		if (response == null || !response.getErrors().isEmpty()) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(JSON.writeValueAsBytes(
						Map.of("errors", (response != null) ? response.toMap().get("errors") : "no answer")));
		}
		var body = format.write(Exportable.of(response.getData()), this.licence);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("innograph-export." + format.extension())
						.build()
						.toString())
			.body(body);
	}

	/**
	 * A parameter that is not UTF-8 once decoded: the server drops it, and would
	 * otherwise log the failure as its own.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<byte[]> undecodableParameter() {
		return error("A parameter is not valid UTF-8 once percent-decoded: send 'query', 'variables' and "
				+ "'operationName' as UTF-8");
	}

	/** The request, marked so that the limits let only a query run. */
	private static ExecutionGraphQlRequest queriesOnly(ExecutionGraphQlRequest request) {
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(LimitedDocuments.QUERIES_ONLY, true)).build());
		return request;
	}

	/**
	 * Exports read like queries: where reads need a key, so do exports. Mutations never
	 * run here.
	 */
	private static ResponseEntity<byte[]> unauthorized() {
		return ResponseEntity.status(401)
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON.writeValueAsBytes(Map.of("errors",
					java.util.List
						.of(Map.of("message", "This endpoint needs a token: send 'Authorization: Bearer <key>'",
								"extensions", Map.of("classification", "UNAUTHORIZED"))))));
	}

	private static ResponseEntity<byte[]> error(@Nullable String message) {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(JSON
				.writeValueAsBytes(Map.of("errors", java.util.List.of(Map.of("message", String.valueOf(message))))));
	}

	record GraphQlBody(String query, @Nullable String operationName, @Nullable Map<String, Object> variables) {
	}

}

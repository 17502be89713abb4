package org.innograph.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final Provenance provenance;

	SourceController(Provenance provenance, BatchLoaderRegistry loaders) {
		this.provenance = provenance;
		loaders.<String, Document>forName("documentsById")
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> provenance.documents(ids)));
	}

	@QueryMapping
	@Nullable Document document(@Argument String id) {
		return this.provenance.document(id).orElse(null);
	}

	@QueryMapping
	List<Document> documents() {
		return this.provenance.allDocuments();
	}

	/**
	 * The document a source came with, unless the request reads its text, which only a
	 * batched query by id brings.
	 */
	@SchemaMapping(typeName = "Source", field = "document")
	CompletableFuture<Document> documentOfSource(Source source, DataFetchingEnvironment env,
			DataLoader<String, Document> documentsById) {
		if (source.document() != null && !env.getSelectionSet().contains("text")) {
			return CompletableFuture.completedFuture(source.document());
		}
		return documentsById.load(source.documentId());
	}

}

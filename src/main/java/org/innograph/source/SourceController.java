package org.innograph.source;

import java.util.List;
import java.util.concurrent.CompletableFuture;

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
		loaders.<String, List<Source>>forName(Provenance.SOURCES_OF)
			.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> provenance.sourcesOf(ids)));
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
	 * The text of a document. A document that came with a source has none (texts can be
	 * long, and few requests read them): it is loaded by id, batched, when asked for.
	 */
	@SchemaMapping(typeName = "Document", field = "text")
	CompletableFuture<@Nullable String> textOfDocument(Document document, DataLoader<String, Document> documentsById) {
		if (document.text() != null) {
			return CompletableFuture.completedFuture(document.text());
		}
		return documentsById.load(document.id()).thenApply(loaded -> (loaded != null) ? loaded.text() : null);
	}

}

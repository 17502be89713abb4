package org.innograph.source;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final Provenance provenance;

	SourceController(Provenance provenance) {
		this.provenance = provenance;
	}

	@QueryMapping
	@Nullable Document document(@Argument String id) {
		return this.provenance.document(id).orElse(null);
	}

	@QueryMapping
	List<Document> documents() {
		return this.provenance.allDocuments();
	}

	@BatchMapping(typeName = "Source", field = "document")
	Map<Source, Document> documentOfSource(List<Source> sources) {
		var documents = this.provenance.documents(sources.stream().map(Source::documentId).distinct().toList());
		return sources.stream().distinct().collect(Collectors.toMap(s -> s, s -> documents.get(s.documentId())));
	}

}

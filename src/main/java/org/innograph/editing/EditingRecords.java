package org.innograph.editing;

import java.util.List;

import org.innograph.entity.EntityNode;
import org.jspecify.annotations.Nullable;

/** The inputs and payloads of the editing mutations. */
final class EditingRecords {

	private EditingRecords() {
	}

	record SourceInput(String documentId, String quote) {
	}

	record UpsertEntityInput(String id, String kind, String zhHans, @Nullable String zhHant, @Nullable String en,
			@Nullable String pinyin, @Nullable List<String> aliases, @Nullable String level, @Nullable String category,
			SourceInput source) {
	}

	record DeleteEntityInput(String id) {
	}

	record EditError(@Nullable String field, String message) {
	}

	record UpsertEntityPayload(@Nullable EntityNode entity, boolean created, List<EditError> errors) {
	}

	record DeleteEntityPayload(@Nullable String deletedId, int deletedFacts, List<EditError> errors) {
	}

}

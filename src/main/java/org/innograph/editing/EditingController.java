package org.innograph.editing;

import graphql.GraphQLContext;
import org.innograph.editing.EditingRecords.DeleteEntityInput;
import org.innograph.editing.EditingRecords.DeleteEntityPayload;
import org.innograph.editing.EditingRecords.UpsertEntityInput;
import org.innograph.editing.EditingRecords.UpsertEntityPayload;
import org.innograph.security.Access;
import org.innograph.security.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class EditingController {

	private final EntityWriter writer;

	EditingController(EntityWriter writer) {
		this.writer = writer;
	}

	@MutationMapping
	UpsertEntityPayload upsertEntity(@Argument UpsertEntityInput input, GraphQLContext context) {
		Access.require(context, Role.EDITOR);
		return this.writer.upsert(input);
	}

	@MutationMapping
	DeleteEntityPayload deleteEntity(@Argument DeleteEntityInput input, GraphQLContext context) {
		Access.require(context, Role.ADMIN);
		return this.writer.delete(input.id());
	}

}

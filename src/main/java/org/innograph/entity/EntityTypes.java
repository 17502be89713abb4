package org.innograph.entity;

import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Resolves an {@link EntityNode} to its GraphQL object type by its kind: one record
 * serves all entity types, since they share their storage and most of their fields.
 */
@Component
class EntityTypes implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Entity", type -> type.typeResolver(env -> {
			var entity = (EntityNode) env.getObject();
			return env.getSchema().getObjectType(entity.kind());
		}));
	}

}

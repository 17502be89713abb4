package org.innograph.lookahead;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.dataloader.DataLoaderRegistry;
import org.innograph.EmbeddedServiceTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry of child fields against the schema the service runs: a field that reading
 * ahead does not find, or binds differently from its fetcher, would silently cost a query
 * per level again, so a child field that names no field of the schema, an argument the
 * field does not have, or a loader nobody registers fails here; and so does a field of an
 * entity that lists entities but is not in the registry.
 */
@EmbeddedServiceTest
class ChildFieldsTests {

	@Autowired
	Lookahead lookahead;

	@Autowired
	GraphQlSource graphQl;

	@Autowired
	BatchLoaderRegistry batchLoaders;

	@Test
	void everyChildFieldIsAFieldOfTheSchemaBindsItsArgumentsAndHasALoader() {
		var schema = this.graphQl.schema();
		var loaders = new DataLoaderRegistry();
		this.batchLoaders.registerDataLoaders(loaders, GraphQLContext.newContext().build());
		assertThat(this.lookahead.fields()).as("registered child fields").hasSizeGreaterThanOrEqualTo(10);
		for (var field : this.lookahead.fields()) {
			var definition = definition(schema, field.type(), field.name());
			assertThat(definition).as(field.coordinates() + " in the schema").isNotNull();
			bound(field).forEach((name, type) -> {
				var argument = definition.getArgument(name);
				assertThat(argument).as(field.coordinates() + " has argument " + name).isNotNull();
				assertThat(javaTypeOf(argument.getType())).as(field.coordinates() + "(" + name + ")")
					.isEqualTo(type.getSimpleName());
			});
			assertThat(loaders.getDataLoader(field.loader())).as(field.coordinates() + " loader " + field.loader())
				.isNotNull();
		}
	}

	@Test
	void everyFieldOfAnEntityThatListsEntitiesIsAChildField() {
		var schema = this.graphQl.schema();
		var entity = (GraphQLInterfaceType) schema.getType("Entity");
		var registered = this.lookahead.fields().stream().map(ChildField::coordinates).toList();
		var listing = new ArrayList<String>();
		for (var type : schema.getImplementations(entity)) {
			for (var field : type.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()))
						&& isEntity(schema, GraphQLTypeUtil.unwrapAll(field.getType()))) {
					listing.add(type.getName() + "." + field.getName());
				}
			}
		}
		assertThat(listing).as("fields of entities that list entities").isNotEmpty();
		assertThat(registered).containsAll(listing);
	}

	private static @Nullable GraphQLFieldDefinition definition(GraphQLSchema schema, String type, String name) {
		return (schema.getType(type) instanceof GraphQLFieldsContainer container) ? container.getFieldDefinition(name)
				: null;
	}

	private static boolean isEntity(GraphQLSchema schema, GraphQLNamedType type) {
		return type.getName().equals("Entity") || (type instanceof GraphQLObjectType object
				&& object.getInterfaces().stream().anyMatch(i -> i.getName().equals("Entity")));
	}

	/** The arguments a child field binds, with the Java type it binds each to. */
	private static Map<String, Class<?>> bound(ChildField<?, ?, ?> field) {
		var bound = new LinkedHashMap<String, Class<?>>();
		field.arguments().apply(new ChildField.Arguments() {

			@Override
			public <T> @Nullable T get(String name, Class<T> type) {
				bound.put(name, type);
				return null;
			}

		});
		return bound;
	}

	/** The Java type an input binds to: a record of the same name, or a scalar's. */
	private static String javaTypeOf(GraphQLType type) {
		var named = GraphQLTypeUtil.unwrapAll(type);
		if (named instanceof GraphQLScalarType scalar) {
			return switch (scalar.getName()) {
				case "Int" -> "Integer";
				case "Float" -> "Double";
				case "ID" -> "String";
				default -> scalar.getName();
			};
		}
		return (named instanceof GraphQLInputObjectType) ? named.getName() : GraphQLTypeUtil.simplePrint(named);
	}

}

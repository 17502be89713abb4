package org.innograph.lookahead;

import java.util.List;

import graphql.Scalars;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A fetcher loads only through its own child field, and only through one that reading
 * ahead knows: anything else would leave its key unprimed, and fails at once.
 */
class LookaheadTests {

	private static final ChildField<String, @Nullable Void, String> COUNTIES = field("City", "counties");

	private static final ChildField<String, @Nullable Void, String> ZONES = field("City", "highTechZones");

	@Test
	void aFetcherThatLoadsThroughAnotherFieldFails() {
		var lookahead = new Lookahead(true);
		lookahead.register(List.of(COUNTIES, ZONES));
		assertThatIllegalStateException().isThrownBy(() -> lookahead.load(ZONES, "city-1", fetching("counties")))
			.withMessage("City.counties is fetched as City.highTechZones");
	}

	@Test
	void aFetcherThatLoadsThroughAFieldNobodyRegisteredFails() {
		var lookahead = new Lookahead(true);
		assertThatIllegalStateException().isThrownBy(() -> lookahead.load(COUNTIES, "city-1", fetching("counties")))
			.withMessage("City.counties is loaded but not registered");
	}

	private static DataFetchingEnvironment fetching(String field) {
		var definition = GraphQLFieldDefinition.newFieldDefinition()
			.name(field)
			.type(GraphQLList.list(Scalars.GraphQLString))
			.build();
		var city = GraphQLObjectType.newObject().name("City").field(definition).build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.parentType(city)
			.fieldDefinition(definition)
			.build();
	}

	private static ChildField<String, @Nullable Void, String> field(String type, String name) {
		return new ChildField<String, @Nullable Void, String>(type, name, "childrenOf", arguments -> null,
				(parent, none) -> parent, (node, none, along, conditions) -> "[]", (value, along) -> value.asString());
	}

}

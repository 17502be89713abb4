package org.innograph.entity;

import java.util.List;
import java.util.Optional;

import org.innograph.lookahead.Lookahead;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

/** The controller alone: argument checks, type resolution and error mapping. */
// The slice still builds the store's configuration: keep its files out of the project.
@GraphQlTest(controllers = EntityController.class,
		properties = "innograph.store.data-dir=target/neo4j-test/controller-slice")
@Import(Lookahead.class)
class EntityControllerTests {

	@Autowired
	GraphQlTester graphql;

	@MockitoBean
	Entities entities;

	static final String ENTITY_OF_CITY = """
			query entityOfCity($name: String!) {
			  city(name: $name) {
			    __typename
			    id
			    names { zhHans zhHant en pinyin }
			  }
			}
			""";

	@Test
	void resolvesACityByNameToTheCityType() {
		var ningbo = new EntityNode("city-ningbo", "City", "宁波市",
				new Names("宁波市", "寧波市", "Ningbo", "Níngbō Shì", List.of("宁波")), null, null, "330200", "prefecture_city",
				null);
		given(this.entities.firstByName(eq("寧波"), eq("City"), any())).willReturn(Optional.of(ningbo));
		this.graphql.document(ENTITY_OF_CITY)
			.variable("name", "寧波")
			.execute()
			.path("city.__typename")
			.entity(String.class)
			.isEqualTo("City")
			.path("city.names.en")
			.entity(String.class)
			.isEqualTo("Ningbo");
	}

	@Test
	void anEmptyNameIsABadRequestThatNamesTheArgument() {
		this.graphql.document(ENTITY_OF_CITY)
			.variable("name", " ")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& "name".equals(error.getExtensions().get("argument")))
			.verify()
			.path("city")
			.valueIsNull();
		verifyNoInteractions(this.entities);
	}

}

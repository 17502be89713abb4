package org.innograph;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract against the default store: Neo4j embedded in the service. */
@EmbeddedServiceTest
class EmbeddedStoreTests extends ContractTests {

	@Autowired
	ApplicationContext context;

	@Test
	void servesTheGraphFromTheEmbeddedStore() {
		assertThat(this.context.getBeansOfType(DatabaseManagementService.class)).hasSize(1);
	}

}

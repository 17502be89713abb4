package org.innograph.store;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external Neo4j is configured, that is when {@code spring.neo4j.uri}
 * (environment variable {@code SPRING_NEO4J_URI}) is unset or blank.
 */
class NoExternalNeo4j implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StoreProperties.externalUriSet(context.getEnvironment());
	}

}

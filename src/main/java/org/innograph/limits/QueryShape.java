package org.innograph.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * The measures of one operation that its limits apply to: depth, estimated cost, aliases,
 * root fields and directives. Fragments are measured once each and reused, so a document
 * that spreads fragments exponentially is measured in linear time (and its cost, which
 * grows exponentially, is caught). Introspection fields are left to graphql-java's
 * good-faith introspection limits. {@link ShapeMeasure} walks the selections, by the
 * rules of {@link CostModel}.
 */
record QueryShape(int depth, double cost, int aliases, int rootFields, int directives) {

	static QueryShape of(Document document, @Nullable String operationName, Map<String, Object> variables,
			GraphQLSchema schema, int defaultListSize) {
		var operation = operation(document, operationName);
		var fragments = new HashMap<String, FragmentDefinition>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		var root = (operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY)
				? schema.getQueryType() : schema.getMutationType();
		var measure = new ShapeMeasure(fragments, variables, schema, defaultListSize);
		var result = (operation == null || root == null) ? ShapeMeasure.Size.EMPTY
				: measure.selections(operation.getSelectionSet(), root);
		return new QueryShape(result.depth(), result.cost(), count(document, Field.class, f -> f.getAlias() != null),
				(int) result.fields(), directives(document));
	}

	private static @Nullable OperationDefinition operation(Document document, @Nullable String name) {
		var operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (var operation : operations) {
			if (name == null || name.equals(operation.getName())) {
				return operation;
			}
		}
		return null;
	}

	private static <T extends Node<?>> int count(Document document, Class<T> type, Predicate<T> test) {
		var counter = new int[1];
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			protected TraversalControl visitNode(Node node, TraverserContext<Node> context) {
				if (type.isInstance(node) && test.test(type.cast(node))) {
					counter[0]++;
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return counter[0];
	}

	private static int directives(Document document) {
		return count(document, Directive.class, d -> true);
	}

}

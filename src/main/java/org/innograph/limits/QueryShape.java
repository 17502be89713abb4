package org.innograph.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * The measures of one operation that its limits apply to: depth, estimated cost, aliases,
 * root fields and directives. Fragments are measured once each and reused, so a document
 * that spreads fragments exponentially is measured in linear time (and its cost, which
 * grows exponentially, is caught). Introspection fields are left to graphql-java's
 * good-faith introspection limits.
 */
record QueryShape(int depth, double cost, int aliases, int rootFields, int directives) {

	private static final List<String> PAGE_ARGUMENTS = List.of("first", "last", "limit");

	/**
	 * The largest page any field serves: a larger page size is refused by the field
	 * itself, with an error that names its argument, so the cost counts no more than
	 * this.
	 */
	static final double LARGEST_PAGE = 1000;

	static QueryShape of(Document document, @Nullable String operationName, Map<String, Object> variables,
			GraphQLSchema schema, int defaultListSize) {
		var operation = operation(document, operationName);
		var fragments = new HashMap<String, FragmentDefinition>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		var root = (operation == null || operation.getOperation() == OperationDefinition.Operation.QUERY)
				? schema.getQueryType() : schema.getMutationType();
		var measure = new Measure(fragments, variables, schema, defaultListSize);
		var result = (operation == null || root == null) ? new Size(0, 0, 0)
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

	private static <T extends Node<?>> int count(Document document, Class<T> type,
			java.util.function.Predicate<T> test) {
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
		return count(document, graphql.language.Directive.class, d -> true);
	}

	/**
	 * depth, cost and the number of fields of a selection set, as seen from its parent.
	 */
	private record Size(int depth, double cost, double fields) {
	}

	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, Size> measuredFragments = new HashMap<>();

		private final Map<String, Object> variables;

		private final GraphQLSchema schema;

		private final int defaultListSize;

		Measure(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, GraphQLSchema schema,
				int defaultListSize) {
			this.fragments = fragments;
			this.variables = variables;
			this.schema = schema;
			this.defaultListSize = defaultListSize;
		}

		Size selections(@Nullable SelectionSet set, GraphQLType parent) {
			if (set == null) {
				return new Size(0, 0, 0);
			}
			int depth = 0;
			double cost = 0;
			double fields = 0;
			for (var selection : set.getSelections()) {
				Size size;
				if (selection instanceof Field field) {
					size = field(field, parent);
					fields += 1;
				}
				else if (selection instanceof InlineFragment inline) {
					var type = (inline.getTypeCondition() != null)
							? this.schema.getType(inline.getTypeCondition().getName()) : parent;
					size = selections(inline.getSelectionSet(), (type != null) ? type : parent);
					fields += size.fields();
				}
				else if (selection instanceof FragmentSpread spread) {
					size = fragment(spread.getName());
					fields += size.fields();
				}
				else {
					continue;
				}
				depth = Math.max(depth, size.depth());
				cost += size.cost();
			}
			return new Size(depth, cost, fields);
		}

		private Size fragment(String name) {
			var known = this.measuredFragments.get(name);
			if (known != null) {
				return known;
			}
			// A cycle is refused by validation; measure it as empty meanwhile.
			this.measuredFragments.put(name, new Size(0, 0, 0));
			var definition = this.fragments.get(name);
			var type = (definition == null) ? null : this.schema.getType(definition.getTypeCondition().getName());
			var size = (definition == null || type == null) ? new Size(0, 0, 0)
					: selections(definition.getSelectionSet(), type);
			this.measuredFragments.put(name, size);
			return size;
		}

		private Size field(Field field, GraphQLType parent) {
			if (field.getName().startsWith("__")) {
				return new Size(0, 0, 0);
			}
			GraphQLOutputType type = null;
			if (GraphQLTypeUtil.unwrapAll(parent) instanceof GraphQLFieldsContainer container
					&& container.getFieldDefinition(field.getName()) != null) {
				type = container.getFieldDefinition(field.getName()).getType();
			}
			var children = (type == null) ? new Size(0, 0, 0)
					: selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type));
			var multiplier = multiplier(field, type, parent);
			return new Size(children.depth() + 1, 1 + multiplier * children.cost(), 1);
		}

		/**
		 * How many times the field's selections run: its page size, or a list's assumed
		 * size.
		 */
		private double multiplier(Field field, @Nullable GraphQLOutputType type, GraphQLType parent) {
			for (Argument argument : field.getArguments()) {
				if (PAGE_ARGUMENTS.contains(argument.getName())) {
					var value = argument.getValue();
					if (value instanceof IntValue number) {
						return Math.clamp(number.getValue().doubleValue(), 1, LARGEST_PAGE);
					}
					if (value instanceof VariableReference reference
							&& this.variables.get(reference.getName()) instanceof Number number) {
						return Math.clamp(number.doubleValue(), 1, LARGEST_PAGE);
					}
				}
			}
			if (type != null && isList(type)) {
				var parentName = GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(parent));
				// A connection's edges and nodes are its page, already counted by its
				// page size.
				return parentName.endsWith("Connection") ? 1 : this.defaultListSize;
			}
			return 1;
		}

		private static boolean isList(GraphQLType type) {
			var unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
			return unwrapped instanceof GraphQLList;
		}

	}

}

package org.innograph.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.innograph.filter.Conditions;
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

	/** The page of a connection asked with neither {@code first} nor {@code last}. */
	static final int DEFAULT_PAGE = 20;

	/**
	 * The work of reading or filtering a whole list, in the cost's unit (about one
	 * field's value): at scale 1 a scan of the entities with one condition that needs a
	 * subquery takes about as long as reading a thousand values.
	 */
	static final double SCAN = 1000;

	/** The fields that count or group a whole list, not just its page. */
	private static final Set<String> SCANS = Set.of("totalCount", "aggregate", "groupBy");

	/**
	 * The size assumed for each list that has no page size, generous for the scale-1
	 * graph: a city has about a hundred metric observations, a document cites about fifty
	 * facts, the graph holds a few thousand documents. A list not named here counts as
	 * {@code defaultListSize}.
	 */
	private static final Map<String, Double> LIST_SIZES = Map.ofEntries(Map.entry("metrics", 100.0),
			Map.entry("metricSeries", 10.0), Map.entry("rankingSeries", 3.0), Map.entry("points", 10.0),
			Map.entry("changes", 10.0), Map.entry("rankings", 10.0), Map.entry("relations", 10.0),
			Map.entry("designations", 5.0), Map.entry("holders", 50.0), Map.entry("cities", 10.0),
			Map.entry("counties", 4.0), Map.entry("highTechZones", 2.0), Map.entry("laboratories", 3.0),
			Map.entry("facts", 50.0), Map.entry("documents", 3000.0), Map.entry("groupBy", 20.0),
			Map.entry("sources", 2.0), Map.entry("aliases", 2.0));

	/** The relationship filters, each a subquery per candidate. */
	private static final Set<String> RELATION_FILTERS = Set.of("locatedIn", "located", "metrics", "rankings",
			"designations", "subject", "holder");

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
			return selections(set, parent, Bounds.NONE);
		}

		private Size selections(@Nullable SelectionSet set, GraphQLType parent, Bounds bounds) {
			if (set == null) {
				return new Size(0, 0, 0);
			}
			int depth = 0;
			double cost = 0;
			double fields = 0;
			for (var selection : set.getSelections()) {
				Size size;
				if (selection instanceof Field field) {
					size = field(field, parent, bounds);
					fields += 1;
				}
				else if (selection instanceof InlineFragment inline) {
					var type = (inline.getTypeCondition() != null)
							? this.schema.getType(inline.getTypeCondition().getName()) : parent;
					size = selections(inline.getSelectionSet(), (type != null) ? type : parent, bounds);
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

		private Size field(Field field, GraphQLType parent, Bounds bounds) {
			if (field.getName().startsWith("__")) {
				return new Size(0, 0, 0);
			}
			GraphQLFieldDefinition definition = null;
			if (GraphQLTypeUtil.unwrapAll(parent) instanceof GraphQLFieldsContainer container) {
				definition = container.getFieldDefinition(field.getName());
			}
			if (definition == null) {
				return new Size(1, 1, 1);
			}
			var arguments = new Arguments(field, definition);
			var type = definition.getType();
			var typeName = GraphQLTypeUtil.unwrapAll(type).getName();
			var parentName = GraphQLTypeUtil.unwrapAll(parent).getName();
			var own = ownBounds(field.getName(), typeName, arguments);
			var children = selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type), own);
			var multiplier = multiplier(field.getName(), type, parentName, arguments, bounds);
			var work = work(field.getName(), typeName, parentName, arguments, multiplier);
			return new Size(children.depth() + 1, 1 + work + multiplier * children.cost(), 1);
		}

		/**
		 * The bounds a field's arguments set for the lists below it: a connection's page,
		 * a neighbourhood's node limit, a path's hops.
		 */
		private Bounds ownBounds(String name, String typeName, Arguments arguments) {
			if (typeName.endsWith("Connection")) {
				var page = arguments.integer("first");
				page = (page != null) ? page : arguments.integer("last");
				return new Bounds((page != null) ? page : DEFAULT_PAGE, 0);
			}
			if (typeName.equals("Subgraph")) {
				return new Bounds(orDefault(arguments.integer("limit"), 100), 0);
			}
			if (typeName.equals("Path")) {
				return new Bounds(0, orDefault(arguments.integer("maxHops"), 4));
			}
			return Bounds.NONE;
		}

		/**
		 * How many times the field's selections run: its page size, its parent's bound,
		 * or the size assumed for a list without either.
		 */
		private double multiplier(String name, GraphQLOutputType type, String parentName, Arguments arguments,
				Bounds bounds) {
			if (!isList(type)) {
				// A connection's or a subgraph's page bounds its lists, not the field.
				return 1;
			}
			for (var page : PAGE_ARGUMENTS) {
				var size = arguments.integer(page);
				if (size != null) {
					return Math.clamp(size, 1, LARGEST_PAGE);
				}
			}
			if (parentName.endsWith("Connection") && (name.equals("edges") || name.equals("nodes"))) {
				return Math.clamp(bounds.items(), 1, LARGEST_PAGE);
			}
			if (parentName.equals("Subgraph")) {
				// Every link among the nodes: about two for each.
				return Math.clamp(bounds.items(), 1, LARGEST_PAGE) * (name.equals("edges") ? 2 : 1);
			}
			if (parentName.equals("Path")) {
				return Math.max(1, bounds.hops() + (name.equals("nodes") ? 1 : 0));
			}
			return LIST_SIZES.getOrDefault(name, (double) this.defaultListSize);
		}

		/**
		 * What a field makes the store do besides reading its items: scanning a whole
		 * list to filter, count, group or sort it, searching, walking a neighbourhood or
		 * paths.
		 */
		private double work(String name, String typeName, String parentName, Arguments arguments, double multiplier) {
			double work = 0;
			var where = arguments.value("where");
			if (where != null) {
				var definition = arguments.definition("where");
				var filter = new Filter();
				filter.measure(where, (definition != null) ? definition.getType() : null, 1, 0);
				// A root list filters every candidate; a nested one only its own items.
				work += filter.work() * (typeName.endsWith("Connection") ? SCAN : multiplier);
			}
			if (parentName.endsWith("Connection") && SCANS.contains(name)) {
				work += (name.equals("groupBy") ? 3 : 1) * SCAN / 3;
			}
			switch (name) {
				case "search" -> work += SCAN / 2;
				case "neighborhood" ->
					work += 200 * Math.pow(4.5, Math.clamp(orDefault(arguments.integer("depth"), 1), 1, 3) - 1);
				case "path" -> work += 50 * Math.pow(2, Math.clamp(orDefault(arguments.integer("maxHops"), 4), 1, 6));
				case "metrics" -> {
					if (parentName.equals("Query") && arguments.value("subjectId") == null) {
						// Every metric of the graph, sorted.
						work += 8 * SCAN;
					}
				}
				default -> {
				}
			}
			return work;
		}

		private static int orDefault(@Nullable Integer value, int otherwise) {
			return (value != null) ? value : otherwise;
		}

		/** What a field's arguments below it bound: items of a page or subgraph, hops. */
		private record Bounds(int items, int hops) {

			static final Bounds NONE = new Bounds(0, 0);

		}

		/**
		 * A field's arguments as the request gives them: inline, through variables, or by
		 * their default in the schema.
		 */
		private final class Arguments {

			private final Field field;

			private final GraphQLFieldDefinition definition;

			Arguments(Field field, GraphQLFieldDefinition definition) {
				this.field = field;
				this.definition = definition;
			}

			@Nullable GraphQLArgument definition(String name) {
				return this.definition.getArgument(name);
			}

			/** The value, a literal or a variable's value; null when absent or null. */
			@Nullable Object value(String name) {
				for (Argument argument : this.field.getArguments()) {
					if (argument.getName().equals(name)) {
						var value = resolve(argument.getValue());
						if (value != null) {
							return value;
						}
					}
				}
				var definition = definition(name);
				if (definition != null && definition.hasSetDefaultValue()) {
					return resolve(definition.getArgumentDefaultValue().getValue());
				}
				return null;
			}

			@Nullable Integer integer(String name) {
				var value = value(name);
				if (value instanceof IntValue number) {
					return number.getValue().intValue();
				}
				return (value instanceof Number number) ? number.intValue() : null;
			}

		}

		/** A literal, or the value of the variable it names; null for null. */
		private @Nullable Object resolve(@Nullable Object value) {
			if (value instanceof VariableReference reference) {
				return this.variables.get(reference.getName());
			}
			return (value instanceof NullValue) ? null : value;
		}

		/**
		 * The measures of one filter, as {@code Conditions} counts them when it compiles
		 * the filter: filter objects, their nesting, and the nesting of relationship
		 * filters; and the subqueries it runs for each candidate.
		 */
		private final class Filter {

			private int objects;

			private int subqueries;

			private int depth;

			private int relationDepth;

			void measure(@Nullable Object literal, @Nullable GraphQLInputType type, int depth, int relations) {
				var value = resolve(literal);
				if (value == null || type == null) {
					return;
				}
				var unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
				if (unwrapped instanceof GraphQLList list) {
					var items = (value instanceof ArrayValue array) ? array.getValues()
							: (value instanceof List<?> javaList) ? javaList : List.of(value);
					for (var item : items) {
						measure(item, (GraphQLInputType) list.getWrappedType(), depth, relations);
					}
					return;
				}
				if (!(unwrapped instanceof GraphQLInputObjectType object)) {
					return;
				}
				boolean where = object.getName().endsWith("Where");
				int level = where ? depth + 1 : depth;
				if (where) {
					this.objects++;
					this.depth = Math.max(this.depth, level);
					this.relationDepth = Math.max(this.relationDepth, relations);
				}
				fields(value).forEach((name, fieldValue) -> {
					var field = object.getField(name);
					if (field == null) {
						return;
					}
					boolean relation = where && RELATION_FILTERS.contains(name);
					if (relation || (where && name.equals("name") && object.getName().equals("EntityWhere"))
							|| (where && name.equals("latest"))) {
						this.subqueries++;
					}
					measure(fieldValue, field.getType(), level, relations + (relation ? 1 : 0));
				});
			}

			private Map<String, @Nullable Object> fields(Object value) {
				var fields = new HashMap<String, @Nullable Object>();
				if (value instanceof ObjectValue object) {
					object.getObjectFields().forEach(f -> fields.put(f.getName(), f.getValue()));
				}
				else if (value instanceof Map<?, ?> map) {
					map.forEach((k, v) -> fields.put(String.valueOf(k), v));
				}
				return fields;
			}

			/**
			 * The filter's weight: a filter object and a subquery each about a scan. A
			 * filter over its own limits weighs nothing: it is refused when compiled,
			 * before the store sees it.
			 */
			double work() {
				if (this.depth > Conditions.MAX_DEPTH || this.objects > Conditions.MAX_FILTERS
						|| this.relationDepth > Conditions.MAX_RELATION_DEPTH) {
					return 0;
				}
				return this.objects + this.subqueries;
			}

		}

		private static boolean isList(GraphQLType type) {
			var unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
			return unwrapped instanceof GraphQLList;
		}

	}

}

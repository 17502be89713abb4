package org.innograph.limits;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.innograph.limits.CostModel.Bounds;
import org.jspecify.annotations.Nullable;

/**
 * Walks an operation's selections, through inline fragments and named ones, and adds up
 * their depth, cost and fields. Each named fragment is measured once and its size reused.
 */
final class ShapeMeasure {

	/**
	 * depth, cost and the number of fields of a selection set, as seen from its parent.
	 */
	record Size(int depth, double cost, double fields) {

		static final Size EMPTY = new Size(0, 0, 0);

	}

	private final Map<String, FragmentDefinition> fragments;

	private final Map<String, Size> measuredFragments = new HashMap<>();

	private final Map<String, Object> variables;

	private final GraphQLSchema schema;

	private final CostModel costs;

	ShapeMeasure(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, GraphQLSchema schema,
			int defaultListSize) {
		this.fragments = fragments;
		this.variables = variables;
		this.schema = schema;
		this.costs = new CostModel(defaultListSize);
	}

	Size selections(@Nullable SelectionSet set, GraphQLType parent) {
		return selections(set, parent, Bounds.NONE);
	}

	private Size selections(@Nullable SelectionSet set, GraphQLType parent, Bounds bounds) {
		if (set == null) {
			return Size.EMPTY;
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
		this.measuredFragments.put(name, Size.EMPTY);
		var definition = this.fragments.get(name);
		var type = (definition == null) ? null : this.schema.getType(definition.getTypeCondition().getName());
		var size = (definition == null || type == null) ? Size.EMPTY : selections(definition.getSelectionSet(), type);
		this.measuredFragments.put(name, size);
		return size;
	}

	private Size field(Field field, GraphQLType parent, Bounds bounds) {
		if (field.getName().startsWith("__")) {
			return Size.EMPTY;
		}
		GraphQLFieldDefinition definition = null;
		if (GraphQLTypeUtil.unwrapAll(parent) instanceof GraphQLFieldsContainer container) {
			definition = container.getFieldDefinition(field.getName());
		}
		if (definition == null) {
			return new Size(1, 1, 1);
		}
		var arguments = new FieldArguments(field, definition, this.variables);
		var type = definition.getType();
		var typeName = GraphQLTypeUtil.unwrapAll(type).getName();
		var parentName = GraphQLTypeUtil.unwrapAll(parent).getName();
		var own = this.costs.ownBounds(typeName, arguments);
		var children = selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(type), own);
		var multiplier = this.costs.multiplier(field.getName(), type, parentName, arguments, bounds);
		var work = this.costs.work(field.getName(), typeName, parentName, arguments, multiplier);
		return new Size(children.depth() + 1, 1 + work + multiplier * children.cost(), 1);
	}

}

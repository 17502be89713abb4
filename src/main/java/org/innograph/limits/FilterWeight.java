package org.innograph.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.ArrayValue;
import graphql.language.ObjectValue;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.innograph.filter.Conditions;
import org.jspecify.annotations.Nullable;

/**
 * The measures of one filter, as {@code Conditions} counts them when it compiles the
 * filter: filter objects, their nesting, and the nesting of relationship filters; and the
 * subqueries it runs for each candidate.
 */
final class FilterWeight {

	/** The relationship filters, each a subquery per candidate. */
	private static final Set<String> RELATION_FILTERS = Set.of("locatedIn", "located", "metrics", "rankings",
			"designations", "subject", "holder");

	/** The arguments of the field the filter is given to, whose variables it may name. */
	private final FieldArguments arguments;

	private int objects;

	private int subqueries;

	private int depth;

	private int relationDepth;

	FilterWeight(FieldArguments arguments) {
		this.arguments = arguments;
	}

	void measure(@Nullable Object literal, @Nullable GraphQLInputType type, int depth, int relations) {
		var value = this.arguments.resolve(literal);
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
	 * The filter's weight: a filter object and a subquery each about a scan. A filter
	 * over its own limits weighs nothing: it is refused when compiled, before the store
	 * sees it.
	 */
	double work() {
		if (this.depth > Conditions.MAX_DEPTH || this.objects > Conditions.MAX_FILTERS
				|| this.relationDepth > Conditions.MAX_RELATION_DEPTH) {
			return 0;
		}
		return this.objects + this.subqueries;
	}

}

package org.innograph.filter;

import java.util.List;

import org.innograph.filter.Inputs.FloatFilter;
import org.innograph.filter.Inputs.IdFilter;
import org.innograph.filter.Inputs.IntFilter;
import org.innograph.filter.Inputs.StringFilter;
import org.jspecify.annotations.Nullable;

/**
 * Conditions on one property's value, from the scalar filters (string, id, integer,
 * float) and the inferred flag: each adds its predicates to a list, its values as
 * parameters.
 */
final class PropertyConditions {

	private final Params params;

	PropertyConditions(Params params) {
		this.params = params;
	}

	/**
	 * Positive conditions hold when any of the expressions satisfies them (a name or its
	 * English form); {@code ne} holds when none equals the value.
	 */
	void string(List<String> parts, List<String> expressions, @Nullable StringFilter filter) {
		if (filter == null) {
			return;
		}
		any(parts, expressions, "=", filter.eq());
		if (filter.ne() != null) {
			var value = this.params.add(filter.ne());
			parts.add("NOT ("
					+ String.join(" OR ",
							expressions.stream().map(x -> "coalesce(" + x + " = " + value + ", false)").toList())
					+ ")");
		}
		any(parts, expressions, "IN", filter.in());
		any(parts, expressions, "CONTAINS", filter.contains());
		any(parts, expressions, "STARTS WITH", filter.startsWith());
		any(parts, expressions, ">", filter.gt());
		any(parts, expressions, ">=", filter.gte());
		any(parts, expressions, "<", filter.lt());
		any(parts, expressions, "<=", filter.lte());
	}

	private void any(List<String> parts, List<String> expressions, String operator, @Nullable Object value) {
		if (value != null) {
			var parameter = this.params.add(value);
			parts.add("("
					+ String.join(" OR ", expressions.stream().map(x -> x + " " + operator + " " + parameter).toList())
					+ ")");
		}
	}

	void id(List<String> parts, String expression, @Nullable IdFilter filter) {
		if (filter != null) {
			compare(parts, expression, "=", filter.eq());
			if (filter.ne() != null) {
				parts.add(expression + " <> " + this.params.add(filter.ne()));
			}
			compare(parts, expression, "IN", filter.in());
		}
	}

	void integer(List<String> parts, String expression, @Nullable IntFilter filter) {
		if (filter != null) {
			numeric(parts, expression, filter.eq(), filter.ne(), filter.in(), filter.gt(), filter.gte(), filter.lt(),
					filter.lte());
		}
	}

	void number(List<String> parts, String expression, @Nullable FloatFilter filter) {
		if (filter != null) {
			numeric(parts, expression, filter.eq(), filter.ne(), filter.in(), filter.gt(), filter.gte(), filter.lt(),
					filter.lte());
		}
	}

	private void numeric(List<String> parts, String expression, @Nullable Number eq, @Nullable Number ne,
			@Nullable List<? extends Number> in, @Nullable Number gt, @Nullable Number gte, @Nullable Number lt,
			@Nullable Number lte) {
		compare(parts, expression, "=", eq);
		if (ne != null) {
			parts.add("coalesce(" + expression + " <> " + this.params.add(ne) + ", true)");
		}
		compare(parts, expression, "IN", in);
		compare(parts, expression, ">", gt);
		compare(parts, expression, ">=", gte);
		compare(parts, expression, "<", lt);
		compare(parts, expression, "<=", lte);
	}

	void compare(List<String> parts, String expression, String operator, @Nullable Object value) {
		if (value != null) {
			parts.add(expression + " " + operator + " " + this.params.add(value));
		}
	}

	void inferred(List<String> parts, String f, @Nullable Boolean inferred) {
		if (inferred != null) {
			parts.add("coalesce(%s.inferred, false) = %s".formatted(f, this.params.add(inferred)));
		}
	}

}

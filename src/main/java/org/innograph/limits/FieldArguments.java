package org.innograph.limits;

import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import org.jspecify.annotations.Nullable;

/**
 * A field's arguments as the request gives them: inline, through variables, or by their
 * default in the schema.
 */
record FieldArguments(Field field, GraphQLFieldDefinition definition, Map<String, Object> variables) {

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

	/**
	 * A literal, or the value of the variable it names; null for null. A filter's nested
	 * literals may name variables too.
	 */
	@Nullable Object resolve(@Nullable Object value) {
		if (value instanceof VariableReference reference) {
			return this.variables.get(reference.getName());
		}
		return (value instanceof NullValue) ? null : value;
	}

}

package org.innograph.system;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

/** The kind of operation a request would run, read from its document before it runs. */
public final class OperationTypes {

	private OperationTypes() {
	}

	/**
	 * The type of the operation the document runs under that name (or its only one); null
	 * when it does not parse or names no such operation, which execution then reports.
	 */
	public static OperationDefinition.@Nullable Operation of(String document, @Nullable String operationName) {
		try {
			var operations = Parser.parse(document)
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(o -> operationName == null || operationName.equals(o.getName()))
				.toList();
			return (operations.size() == 1) ? operations.getFirst().getOperation() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}

package org.innograph.system;

/**
 * A client passed an argument the API cannot answer for, e.g. an empty name or a page
 * size out of range. Reported as {@code BAD_REQUEST} with the argument's name.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

	/** Requires a non-blank text argument. */
	public static String requireText(String argument, String value) {
		if (value.isBlank()) {
			throw new InvalidArgumentException(argument, "Argument '%s' must not be empty".formatted(argument));
		}
		return value;
	}

	/** Requires an integer argument within [min, max]. */
	public static int requireRange(String argument, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidArgumentException(argument,
					"Argument '%s' must be between %d and %d, was %d".formatted(argument, min, max, value));
		}
		return value;
	}

}

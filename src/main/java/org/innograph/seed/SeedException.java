package org.innograph.seed;

import java.util.List;

/** The seed breaks the rules of FORMAT.md; nothing of it was written. */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	SeedException(List<String> problems) {
		super("The seed was not loaded, because:\n - " + String.join("\n - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}

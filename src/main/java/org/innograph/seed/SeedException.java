package org.innograph.seed;

import java.util.List;

/** The seed breaks the rules of FORMAT.md; nothing of it was written. */
class SeedException extends RuntimeException {

	SeedException(List<String> problems) {
		super("The seed was not loaded, because:\n - " + String.join("\n - ", problems));
	}

}

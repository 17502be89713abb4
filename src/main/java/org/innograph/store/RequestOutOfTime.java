package org.innograph.store;

/**
 * A request that has used up its time: the store runs nothing more for it, so the work
 * behind an answer that has already timed out stops too.
 */
public final class RequestOutOfTime extends RuntimeException {

	RequestOutOfTime() {
		super("The request used up its time limit; ask for less");
	}

}

package org.innograph.ingest;

/**
 * An input the pipeline cannot take, with the problem named; nothing was written.
 */
class IngestRefused extends RuntimeException {

	enum Problem {

		EMPTY, BINARY, TOO_LARGE, UNDECODABLE, HTML, NOT_CHINESE, BAD_PROPOSAL, BAD_FACTS

	}

	private final Problem problem;

	IngestRefused(Problem problem, String message) {
		super(message);
		this.problem = problem;
	}

	Problem problem() {
		return this.problem;
	}

}

package org.innograph.query;

/**
 * One key of an ordering: a Cypher expression and its direction, and whether it reads a
 * fact's subject ({@code s}), which the query then matches. Missing values are replaced
 * by a sentinel that sorts last in either direction, so that keys compare totally and a
 * cursor can say where it stands.
 */
record SortKey(String expression, boolean descending, boolean numeric, boolean subject) {

	static SortKey text(String expression, boolean descending) {
		return new SortKey(expression, descending, false, false);
	}

	static SortKey number(String expression, boolean descending) {
		return new SortKey(expression, descending, true, false);
	}

	/** The name of a fact's subject. */
	static SortKey subjectName() {
		return new SortKey("s.name", false, false, true);
	}

	SortKey descending(boolean descending) {
		return new SortKey(this.expression, descending, this.numeric, this.subject);
	}

	String sortable() {
		String last;
		if (this.numeric) {
			last = this.descending ? "-1.0e300" : "1.0e300";
		}
		else {
			last = this.descending ? "''" : "'\\uffff'";
		}
		return "coalesce(" + this.expression + ", " + last + ")";
	}

}

package org.innograph.filter;

/**
 * A filter beyond what one request may ask of the store: nested too deep, with too many
 * conditions, or with relationship filters inside relationship filters beyond the limit.
 * Checked when the filter is compiled, so it holds for inline filters and variables
 * alike.
 */
public class FilterTooComplex extends RuntimeException {

	private final String limit;

	FilterTooComplex(String limit, String message) {
		super(message);
		this.limit = limit;
	}

	/** The limit the filter broke: depth, conditions or relationDepth. */
	public String limit() {
		return this.limit;
	}

}

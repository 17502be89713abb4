package org.innograph.query;

import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A page of a list: forward ({@code first} after a cursor) or backward ({@code last}
 * before one), at most {@link #MAX_PAGE} items; {@code items} is false when the request
 * does not ask for them; {@code total} when it asks for the list's size too.
 */
record PageRequest(int size, boolean backward, @Nullable String cursor, boolean items, boolean total) {

	static final int DEFAULT_PAGE = 20;

	static final int MAX_PAGE = 100;

	static PageRequest of(@Nullable Integer first, @Nullable String after, @Nullable Integer last,
			@Nullable String before) {
		if (first != null && last != null) {
			throw new InvalidArgumentException("last", "Give 'first' or 'last', not both");
		}
		if (after != null && before != null) {
			throw new InvalidArgumentException("before", "Give 'after' or 'before', not both");
		}
		if (last != null && after != null) {
			throw new InvalidArgumentException("after", "'after' pages forward: use it with 'first'");
		}
		if (last != null) {
			return new PageRequest(InvalidArgumentException.requireRange("last", last, 0, MAX_PAGE), true, before, true,
					false);
		}
		if (before != null) {
			throw new InvalidArgumentException("before", "'before' pages backward: use it with 'last'");
		}
		var size = (first != null) ? first : DEFAULT_PAGE;
		return new PageRequest(InvalidArgumentException.requireRange("first", size, 0, MAX_PAGE), false, after, true,
				false);
	}

	/**
	 * The same page, read only when {@code items} is true: a request that asks only for
	 * {@code totalCount}, {@code aggregate} or {@code groupBy} needs the page's scope,
	 * not its items.
	 */
	PageRequest items(boolean items) {
		return new PageRequest(this.size, this.backward, this.cursor, items, this.total);
	}

	/**
	 * The same page, counting the whole list in the page's own query when {@code total}
	 * is true: a request for a page and its {@code totalCount} then costs one round trip.
	 */
	PageRequest total(boolean total) {
		return new PageRequest(this.size, this.backward, this.cursor, this.items, total);
	}

	String cursorArgument() {
		return this.backward ? "before" : "after";
	}

}

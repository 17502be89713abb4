package org.innograph.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.innograph.system.InvalidArgumentException;
import org.jspecify.annotations.Nullable;

/**
 * A place in the change log: the sequence number of a transaction's changes and the place
 * of one among them. Clients hold it as opaque URL-safe Base64.
 */
record ChangeCursor(long seq, long n) {

	private static final Pattern FORM = Pattern.compile("change:(\\d{1,19}):(\\d{1,19})");

	/** Every change of the transaction numbered seq, and of those before it. */
	static ChangeCursor endOf(long seq) {
		return new ChangeCursor(seq, Long.MAX_VALUE);
	}

	String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("change:" + this.seq + ":" + this.n).getBytes(StandardCharsets.US_ASCII));
	}

	static @Nullable ChangeCursor decode(String argument, @Nullable String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			var matcher = FORM
				.matcher(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII));
			if (matcher.matches()) {
				return new ChangeCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
			}
		}
		catch (IllegalArgumentException ex) {
			// Not Base64: refused below.
		}
		throw new InvalidArgumentException(argument,
				"Argument '%s' is not a change cursor; use the cursor of an event or changeCursor".formatted(argument));
	}

}

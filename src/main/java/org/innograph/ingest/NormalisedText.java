package org.innograph.ingest;

/**
 * The normalise stage: the cleaned text in simplified characters with ASCII digits,
 * letters and punctuation, for matching. Each UTF-16 unit maps to exactly one, so an
 * offset in the normalised text is the same offset in the original: that is the map back,
 * and a quote is always cut from the original.
 *
 * @param original the cleaned text, as the graph stores and quotes it
 * @param text the normalised text, of the same length
 */
record NormalisedText(String original, String text) {

	NormalisedText {
		if (original.length() != text.length()) {
			throw new IllegalArgumentException("The normalised text must keep every offset");
		}
	}

	static NormalisedText of(String original) {
		var out = new char[original.length()];
		for (int i = 0; i < out.length; i++) {
			out[i] = normalised(original.charAt(i));
		}
		return new NormalisedText(original, new String(out));
	}

	static char normalised(char c) {
		if (c >= '\uFF01' && c <= '\uFF5E') {
			// Full-width ASCII.
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '\u3000' -> ' ';
			case '“', '”', '「', '」', '『', '』', '″' -> '"';
			case '‘', '’' -> '\'';
			case '【' -> '[';
			case '】' -> ']';
			case '．' -> '.';
			default -> ChineseCharacters.simplified(c);
		};
	}

	/** The original text of a span of the normalised one. */
	String quote(int start, int end) {
		return this.original.substring(start, end);
	}

}

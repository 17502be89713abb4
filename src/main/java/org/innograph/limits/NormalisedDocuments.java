package org.innograph.limits;

/**
 * A GraphQL document without what the language ignores: comments, commas, a byte order
 * mark and whitespace, except one space where two tokens would otherwise run together.
 * Two documents with the same normal form have the same tokens, so they parse to the same
 * document and validate alike; a client cannot defeat the validated-document cache by
 * varying comments or layout.
 */
final class NormalisedDocuments {

	/**
	 * The punctuators a token can never run into; a space beside them can go. A dot is
	 * not among them, so that {@code . ..} does not become a spread.
	 */
	private static final String PUNCTUATORS = "!$&()[]{}:=@|";

	private NormalisedDocuments() {
	}

	static String of(String document) {
		var out = new StringBuilder(document.length());
		boolean pendingSpace = false;
		int i = 0;
		int n = document.length();
		while (i < n) {
			char c = document.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
				pendingSpace = true;
				i++;
				continue;
			}
			if (c == '#') {
				while (i < n && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
					i++;
				}
				pendingSpace = true;
				continue;
			}
			if (pendingSpace && !out.isEmpty() && !punctuator(out.charAt(out.length() - 1)) && !punctuator(c)) {
				out.append(' ');
			}
			pendingSpace = false;
			if (c == '"') {
				int end = endOfString(document, i);
				out.append(document, i, end);
				i = end;
				continue;
			}
			out.append(c);
			i++;
		}
		return out.toString();
	}

	private static boolean punctuator(char c) {
		return PUNCTUATORS.indexOf(c) >= 0;
	}

	/**
	 * Where the string starting at {@code start} ends (exclusive), copied as it is: a
	 * block string up to its closing {@code """}, else up to the closing quote or the end
	 * of the line, which the parser then refuses.
	 */
	private static int endOfString(String document, int start) {
		int n = document.length();
		if (document.startsWith("\"\"\"", start)) {
			int i = start + 3;
			while (i < n) {
				if (document.startsWith("\\\"\"\"", i)) {
					i += 4;
				}
				else if (document.startsWith("\"\"\"", i)) {
					return i + 3;
				}
				else {
					i++;
				}
			}
			return n;
		}
		int i = start + 1;
		while (i < n) {
			char c = document.charAt(i);
			if (c == '\\') {
				i += 2;
			}
			else if (c == '"') {
				return i + 1;
			}
			else if (c == '\n' || c == '\r') {
				return i;
			}
			else {
				i++;
			}
		}
		return Math.min(i, n);
	}

}

package org.innograph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean stage. Removes pinyin glosses ({@code 現(xiàn)} becomes {@code 現}) only where
 * the parenthesised text is a reading of the character before it, so that real
 * parentheses such as {@code (累計436項)}, {@code (市、區)} or {@code (CAS)} stay; drops the
 * page's navigation before the article, menu and spam lines anywhere, and cuts the
 * footer. Lines are trimmed and joined by {@code \n}.
 */
final class ArticleCleaner {

	/**
	 * Letters in parentheses after a Han character: pinyin with tone marks or tone
	 * digits, and the pinyin of several characters separated by spaces.
	 */
	private static final Pattern PARENTHESISED_LATIN = Pattern
		.compile("(?<=\\p{IsHan})[(（]([A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿê:]+[1-5]?)[)）]");

	private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

	/** Three or more short items separated by bars: a menu. */
	private static final Pattern MENU = Pattern.compile("^([^|｜]{1,10}[|｜]){2,}[^|｜]{0,10}$");

	/** Short items separated by arrows: a breadcrumb. */
	private static final Pattern BREADCRUMB = Pattern.compile("^([^>»›]{1,12}[>»›]){2,}[^>»›]{0,16}$");

	private static final Pattern CONTACT = Pattern
		.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|https?://|www\\.|ICP[备証证]|京公网安备|[备案]案号");

	record Cleaned(String text, int glossesRemoved, List<String> droppedLines) {
	}

	private final IngestRules.Cleaning rules;

	ArticleCleaner(IngestRules.Cleaning rules) {
		this.rules = rules;
	}

	/** The text without its pinyin glosses; every other character stays. */
	static String withoutGlosses(String text) {
		return removeGlosses(text, new int[1]);
	}

	/** The pinyin glosses left in a text. */
	static List<String> glossesIn(String text) {
		var found = new ArrayList<String>();
		var m = PARENTHESISED_LATIN.matcher(text);
		while (m.find()) {
			if (ChineseCharacters.isReadingOf(m.group(1), text.charAt(m.start() - 1))) {
				found.add(m.group());
			}
		}
		return found;
	}

	Cleaned clean(String raw) {
		var glossCount = new int[1];
		var withoutGlosses = removeGlosses(raw, glossCount);
		var lines = new ArrayList<String>();
		var dropped = new ArrayList<String>();
		for (var line : withoutGlosses.split("\\R")) {
			var trimmed = EDGE_SPACE.matcher(line).replaceAll("");
			if (trimmed.isEmpty()) {
				continue;
			}
			var simplified = ChineseCharacters.simplified(trimmed);
			if (!lines.isEmpty() && containsAny(simplified, this.rules.footer())) {
				break;
			}
			if ((lines.isEmpty()
					&& (containsAny(simplified, this.rules.navigation()) || BREADCRUMB.matcher(trimmed).matches()))
					|| MENU.matcher(trimmed).matches() || isSpam(simplified)
					|| (CONTACT.matcher(trimmed).find() && trimmed.length() < 80)) {
				dropped.add(trimmed);
				continue;
			}
			lines.add(trimmed);
		}
		return new Cleaned(String.join("\n", lines), glossCount[0], dropped);
	}

	private static String removeGlosses(String raw, int[] count) {
		var out = new StringBuilder(raw.length());
		var m = PARENTHESISED_LATIN.matcher(raw);
		int last = 0;
		while (m.find()) {
			out.append(raw, last, m.start());
			if (ChineseCharacters.isReadingOf(m.group(1), raw.charAt(m.start() - 1))) {
				count[0]++;
			}
			else {
				out.append(m.group());
			}
			last = m.end();
		}
		return out.append(raw, last, raw.length()).toString();
	}

	boolean isSpam(String simplifiedLine) {
		var lower = simplifiedLine.toLowerCase(java.util.Locale.ROOT);
		if (containsAny(lower, this.rules.strongSpam())) {
			return true;
		}
		return this.rules.spam().stream().filter(lower::contains).count() >= 2;
	}

	private static boolean containsAny(String text, List<String> words) {
		for (var word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

}

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

	/** Lower-case pinyin of one syllable with a tone mark: ā, chuàng, lǜ. */
	private static final Pattern TONE_MARKED = Pattern.compile("[a-z]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,4}");

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
		var trimmed = new ArrayList<String>();
		for (var line : withoutGlosses.split("\\R")) {
			var t = EDGE_SPACE.matcher(line).replaceAll("");
			if (!t.isEmpty()) {
				trimmed.add(t);
			}
		}
		int footer = footerLine(trimmed);
		var lines = new ArrayList<String>();
		var dropped = new ArrayList<String>();
		for (int i = 0; i < footer; i++) {
			var line = trimmed.get(i);
			var simplified = ChineseCharacters.simplified(line);
			if ((lines.isEmpty()
					&& (containsAny(simplified, this.rules.navigation()) || BREADCRUMB.matcher(line).matches()))
					|| (line.length() <= 40 && BREADCRUMB.matcher(line).matches()) || isHomeLink(simplified)
					|| (bars(line) >= 3 && containsAny(simplified, this.rules.footer())) || MENU.matcher(line).matches()
					|| isSpam(simplified) || (CONTACT.matcher(line).find() && line.length() < 80)
					|| (containsAny(simplified, this.rules.footer()) && !isProse(line))) {
				dropped.add(line);
				continue;
			}
			lines.add(line);
		}
		for (int i = footer; i < trimmed.size(); i++) {
			dropped.add(trimmed.get(i));
		}
		return new Cleaned(String.join("\n", lines), glossCount[0], dropped);
	}

	/**
	 * Where the page's footer starts: the first line with a footer word (责任编辑, 版权所有)
	 * after which less prose follows than came before it. Footer words above the article
	 * (a share widget, a site's header) do not cut it; such a line alone is dropped.
	 */
	private int footerLine(List<String> lines) {
		int total = 0;
		for (var line : lines) {
			total += prose(line);
		}
		int before = 0;
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			if (i > 0 && containsAny(ChineseCharacters.simplified(line), this.rules.footer())
					&& before > total - before - prose(line)) {
				return i;
			}
			before += prose(line);
		}
		return lines.size();
	}

	/**
	 * How many Han characters a line of prose holds: none for a short line without a
	 * sentence's punctuation.
	 */
	private static int prose(String line) {
		if (!isProse(line)) {
			return 0;
		}
		return (int) line.codePoints().filter(ChineseCharacters::isHan).count();
	}

	/** The bars that separate the items of a menu (返回首页 | 加入收藏 | 设为首页). */
	static long bars(String line) {
		return line.chars().filter(c -> c == '|' || c == '｜').count();
	}

	/** A numbered or bare link home: 1. 首页, 返回首页. */
	private static boolean isHomeLink(String line) {
		var rest = line.replaceAll("^\\d+\\.\\s*|[>»›\\s]", "");
		return rest.length() <= 6 && rest.contains("首页");
	}

	private static boolean isProse(String line) {
		return line.length() >= 30 && line.chars().anyMatch(c -> "。，,；;".indexOf(c) >= 0);
	}

	private static String removeGlosses(String raw, int[] count) {
		var out = new StringBuilder(raw.length());
		var m = PARENTHESISED_LATIN.matcher(raw);
		int last = 0;
		while (m.find()) {
			out.append(raw, last, m.start());
			// A reading of the character before; or pinyin with a tone mark, which no
			// abbreviation has, after a character the page garbled (苿(chuàng)).
			if (ChineseCharacters.isReadingOf(m.group(1), raw.charAt(m.start() - 1))
					|| TONE_MARKED.matcher(m.group(1)).matches()) {
				count[0]++;
			}
			else {
				out.append(m.group());
			}
			last = m.end();
		}
		return out.append(raw, last, raw.length()).toString();
	}

	/**
	 * A line of spam: a strong word in a line that is not prose, or in prose that has one
	 * every 40 characters; or two weaker words in a short line, or one every 20
	 * characters of a longer one (超高清视频 in a paragraph is no advertisement).
	 */
	boolean isSpam(String simplifiedLine) {
		var lower = simplifiedLine.toLowerCase(java.util.Locale.ROOT);
		long strong = this.rules.strongSpam().stream().filter(lower::contains).count();
		if (strong > 0 && (!isProse(lower) || strong * 40 >= lower.length())) {
			return true;
		}
		long weak = this.rules.spam().stream().filter(lower::contains).count();
		return weak >= 2 && (lower.length() < 60 || weak * 20 >= lower.length());
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

package org.innograph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a scraped article page into the text the graph quotes: pinyin glosses removed
 * ({@code 現(xiàn)} becomes {@code 現}; real parentheses such as {@code (累計436項)} stay),
 * the breadcrumb line dropped and everything from the editor's line on (navigation,
 * licence numbers, e-mail, spam) cut.
 */
final class ArticleText {

	/** A run of pinyin letters in parentheses, right after a Chinese character. */
	private static final Pattern GLOSS = Pattern.compile("(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");

	private static final Pattern BREADCRUMB = Pattern.compile("您[现現]在的位置");

	private static final Pattern FOOTER = Pattern.compile("文章[录錄]入|[责責]任[编編][辑輯]");

	private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");

	private ArticleText() {
	}

	static String withoutGlosses(String text) {
		return GLOSS.matcher(text).replaceAll("");
	}

	/** The article's body: title, dateline and paragraphs, one per line. */
	static String body(String raw) {
		var lines = new ArrayList<String>();
		for (var line : withoutGlosses(raw).split("\\R")) {
			if (FOOTER.matcher(line).find()) {
				break;
			}
			var trimmed = EDGE_SPACE.matcher(line).replaceAll("");
			if (!trimmed.isEmpty() && !(lines.isEmpty() && BREADCRUMB.matcher(trimmed).find())) {
				lines.add(trimmed);
			}
		}
		return String.join("\n", lines);
	}

	static List<String> glossesIn(String text) {
		return GLOSS.matcher(text).results().map(m -> m.group()).toList();
	}

}

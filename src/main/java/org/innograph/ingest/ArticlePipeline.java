package org.innograph.ingest;

import java.util.List;
import java.util.regex.Pattern;

import org.innograph.ingest.Proposal.ProposedDocument;
import org.innograph.store.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The stages from bytes to a proposal, without the graph: read, clean, normalise, link
 * (against a given dictionary) and extract. Each stage is a class of its own and can be
 * tested alone; this puts them in order.
 */
final class ArticlePipeline {

	private static final Pattern DATE = Pattern
		.compile("((?:19|20)\\d{2})[年\\-/.](\\d{1,2})[月\\-/.](\\d{1,2})日?(?:\\s*(\\d{1,2}):(\\d{2}))?");

	/** A date a page's layout splits over lines: 2023, then 01/30, then 15:03. */
	private static final Pattern YEAR_LINE = Pattern.compile("\\s*((?:19|20)\\d{2})\\s*");

	private static final Pattern MONTH_DAY_LINE = Pattern.compile("\\s*(\\d{1,2})[/.-](\\d{1,2})\\s*");

	private static final Pattern TIME_LINE = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*");

	private static final Pattern PUBLISHER = Pattern.compile("来源\\s*[:：]\\s*([^\\s|]{2,30})");

	/** Lines above the article that are no headline: captions, 原标题, a source line. */
	private static final Pattern NOT_A_TITLE = Pattern
		.compile("^\\(?(?:资料图|图片|图为|原标题)|资料图片|\\(图\\)$|^[(\\[]?(?:文章)?来源|^\\d{4}-\\d{2}-\\d{2}");

	/** The page's controls and navigation above an article: 【字体:, 标题导航, 上一版, 打印. */
	private static final Pattern PAGE_CONTROLS = Pattern.compile("字体[:：]|导航|上一版|下一版|上一篇|下一篇|打印|放大|缩小|返回.{0,6}首页|\\|");

	/** The bars around a line a page lays out as a table's cell: | 江苏高新技术产业 产值首超6万亿 |. */
	private static final Pattern TABLE_CELL = Pattern.compile("^\\s*\\|\\s*|\\s*\\|\\s*$");

	private static final Pattern ORIGINAL_TITLE = Pattern.compile("^\\s*原[标標][题題]\\s*[:：]");

	/**
	 * A line of the article's body, not a headline or a slogan: long, and with a stop
	 * (。！？；), or a comma in a long line, or running on into the next line.
	 */
	private static boolean isProse(String line) {
		return line.length() >= 20 && (line.chars().anyMatch(c -> "。！？;；".indexOf(c) >= 0)
				|| (line.length() >= 60 && line.chars().anyMatch(c -> ",，".indexOf(c) >= 0))
				|| ",，、…".indexOf(line.charAt(line.length() - 1)) >= 0);
	}

	/** The markers that open a news item's body: [本刊讯], 本报讯, 本报杭州7月30日电 (武宪威). */
	private static final Pattern BODY_MARKER = Pattern.compile(
			"\\s*(?:\\[[^\\]]{1,12}\\]|\\(?本[报刊网台]讯\\)?|\\S{2,12}\\d{1,2}月\\d{1,2}日电(?:\\s?\\([^)]{1,12}\\))?)\\s*");

	/** The markers that open a news item: 【本刊讯】, 本报讯, 新华社北京1月2日电. */
	private static final Pattern LEAD_MARKER = Pattern.compile(
			"^\\s*(?:\\[[^\\]]{1,12}\\]|\\([^)]{1,12}讯\\)|\\S{0,12}讯[ ,:]?|\\S{2,10}\\d{1,2}月\\d{1,2}日电(?:\\([^)]{1,12}\\))?)");

	private final IngestRules rules;

	private final ArticleCleaner cleaner;

	private final long maxBytes;

	ArticlePipeline(IngestRules rules, long maxBytes) {
		this.rules = rules;
		this.cleaner = new ArticleCleaner(rules.cleaning());
		this.maxBytes = maxBytes;
	}

	/** The proposal for one document; the document's id is derived from its hash. */
	Proposal propose(byte[] bytes, Gazetteer gazetteer) {
		return propose(bytes, gazetteer, null);
	}

	/**
	 * The proposal, with the date the page was published when the caller knows it (a
	 * crawler does): it dates 今年 and 1-6月 where the text gives no date of its own.
	 */
	Proposal propose(byte[] bytes, Gazetteer gazetteer, @Nullable String pageDate) {
		var decoded = TextDecoder.decode(bytes, this.maxBytes);
		var cleaned = this.cleaner.clean(decoded.text());
		if (cleaned.text().codePoints().noneMatch(ChineseCharacters::isHan)) {
			throw new IngestRefused(IngestRefused.Problem.EMPTY,
					"Nothing of the article is left once its navigation, footer and spam are removed");
		}
		var norm = NormalisedText.of(cleaned.text());
		var sha256 = Sha256.hex(bytes);
		var lines = List.of(norm.text().split("\n", -1));
		int bodyStart = 0;
		int offset = 0;
		int bodyLine = -1;
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i);
			if (isProse(line) && ArticleCleaner.bars(line) < 3) {
				bodyStart = offset;
				bodyLine = i;
				break;
			}
			offset += line.length() + 1;
		}
		var marker = BODY_MARKER.matcher(norm.text()).region(bodyStart, norm.text().length());
		if (bodyLine >= 0 && marker.lookingAt()) {
			// 【本刊讯】, 本报杭州7月30日电(记者): the agency's marker is no part of the first
			// sentence.
			bodyStart = marker.end();
		}
		String title = null;
		String lastHeadline = null;
		String originalTitle = null;
		String publishedAt = null;
		String publisher = null;
		String lineBefore = null;
		boolean titleBeforeDateline = false;
		int lineStart = 0;
		for (int i = 0; i < Math.max(bodyLine, 0); i++) {
			var line = lines.get(i);
			var original = TABLE_CELL.matcher(norm.quote(lineStart, lineStart + line.length())).replaceAll("").strip();
			lineStart += line.length() + 1;
			line = TABLE_CELL.matcher(line).replaceAll("").strip();
			if (line.isEmpty()) {
				// A blank line separates; it is neither headline nor chrome.
				continue;
			}
			var restated = ORIGINAL_TITLE.matcher(original);
			if (restated.find() && originalTitle == null) {
				originalTitle = original.substring(restated.end()).strip();
			}
			var date = DATE.matcher(line);
			var source = PUBLISHER.matcher(line);
			boolean dated = findDate(date, line);
			boolean sourced = source.find();
			var split = (dated || i + 1 >= bodyLine) ? null : splitDate(lines, i, bodyLine);
			boolean dateline = dated || sourced || split != null;
			if (dated && publishedAt == null) {
				publishedAt = isoDate(date);
			}
			if (split != null && publishedAt == null) {
				publishedAt = split;
			}
			if (sourced && publisher == null) {
				publisher = original.substring(source.start(1), source.end(1));
			}
			boolean headline = !dateline && !NOT_A_TITLE.matcher(line).find() && !PAGE_CONTROLS.matcher(line).find()
					&& ArticleCleaner.bars(line) < 3 && line.codePoints().filter(ChineseCharacters::isHan).count() >= 5
					&& !line.endsWith(":") && !line.endsWith("：");
			if (dateline && lineBefore != null && !titleBeforeDateline) {
				// The headline is the line above the dateline (发布日期, 来源), whatever site
				// chrome stands above it.
				title = lineBefore;
				titleBeforeDateline = true;
			}
			if (headline) {
				lastHeadline = original;
			}
			lineBefore = headline ? original : null;
		}
		if (title == null) {
			// No dateline: the headline is the line nearest above the body (links to
			// other
			// articles come first), else what 原标题 names.
			title = (lastHeadline != null) ? lastHeadline : originalTitle;
		}
		if (title == null) {
			// No headline: the body's first sentence, without a lead marker such as
			// 【本刊讯】.
			var first = LEAD_MARKER.matcher(norm.text().substring(bodyStart)).replaceFirst("");
			int skipped = norm.text().length() - bodyStart - first.length();
			int end = 0;
			while (end < first.length() && end < 60 && "。！？\n".indexOf(first.charAt(end)) < 0) {
				end++;
			}
			title = norm.quote(bodyStart + skipped, bodyStart + skipped + end);
		}
		if (publishedAt == null && pageDate != null && pageDate.matches("(19|20)\\d{2}(-\\d{2}(-\\d{2}.*)?)?")) {
			publishedAt = pageDate;
		}
		var contentKey = ProposedDocument.contentKeyOf(cleaned.text());
		var extraction = FactExtractor.extract(this.rules, gazetteer, norm, contentKey, publisher, publishedAt,
				bodyStart, title);
		var warnings = new java.util.ArrayList<>(extraction.warnings());
		if (cleaned.glossesRemoved() > 0) {
			warnings.add("Removed %d pinyin glosses".formatted(cleaned.glossesRemoved()));
		}
		if (!cleaned.droppedLines().isEmpty()) {
			warnings.add("Dropped %d navigation, menu, footer or spam lines".formatted(cleaned.droppedLines().size()));
		}
		long kept = cleaned.text().codePoints().filter(ChineseCharacters::isHan).count();
		long read = decoded.text().codePoints().filter(ChineseCharacters::isHan).count();
		if (kept * 2 < read) {
			warnings
				.add("Kept only %d of the %d Chinese characters read: check that the cleaning did not cut the article"
					.formatted(kept, read));
		}
		var document = new ProposedDocument("doc-" + contentKey.substring(0, 16), sha256, title,
				ChineseCharacters.simplified(title).equals(title) ? null : ChineseCharacters.simplified(title),
				publisher, publishedAt, language(cleaned.text()), decoded.charset(), cleaned.text(), false, contentKey);
		return new Proposal(document, extraction.entities(), extraction.facts(), List.copyOf(warnings));
	}

	/**
	 * Finds a date whose separators agree (2015年4月3日, 2015-04-03), not a span of months
	 * in a headline (2015年1-2月).
	 */
	private static boolean findDate(java.util.regex.Matcher date, String line) {
		while (date.find()) {
			char first = line.charAt(date.end(1));
			char second = line.charAt(date.end(2));
			if ((first == '年') ? second == '月' : second == first) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The date that a line holding only a year starts, when the next holds its month and
	 * day (and the one after, perhaps, the time); else null.
	 */
	private static @Nullable String splitDate(List<String> lines, int at, int bodyLine) {
		var year = YEAR_LINE.matcher(lines.get(at));
		var monthDay = MONTH_DAY_LINE.matcher(lines.get(at + 1));
		if (!year.matches() || !monthDay.matches()) {
			return null;
		}
		int month = Integer.parseInt(monthDay.group(1));
		int day = Integer.parseInt(monthDay.group(2));
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return null;
		}
		var date = "%s-%02d-%02d".formatted(year.group(1), month, day);
		var time = (at + 2 < bodyLine) ? TIME_LINE.matcher(lines.get(at + 2)) : null;
		return (time != null && time.matches())
				? "%sT%02d:%s:00+08:00".formatted(date, Integer.parseInt(time.group(1)), time.group(2)) : date;
	}

	private static @Nullable String isoDate(java.util.regex.Matcher date) {
		var day = "%s-%02d-%02d".formatted(date.group(1), Integer.parseInt(date.group(2)),
				Integer.parseInt(date.group(3)));
		if (date.group(4) == null) {
			return day;
		}
		return "%sT%02d:%s:00+08:00".formatted(day, Integer.parseInt(date.group(4)), date.group(5));
	}

	/** zh-Hant when a noticeable share of the characters are traditional forms. */
	static String language(String text) {
		int han = 0;
		int traditional = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ChineseCharacters.isHan(c)) {
				han++;
				if (ChineseCharacters.simplified(c) != c) {
					traditional++;
				}
			}
		}
		return (han > 0 && traditional * 100 >= han * 3) ? "zh-Hant" : "zh-Hans";
	}

}

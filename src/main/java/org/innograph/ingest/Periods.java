package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The period each clause speaks of and whether it states a goal: the nearest year (2022年,
 * 今年, 去年), narrowed by months (1-6月, 上半年) or widened to a span of years (2013年至2015年,
 * "十三五"期间), carried from sentence to sentence; a word of aim (力争, 到2027年) makes the rest
 * of its sentence a target.
 */
final class Periods {

	static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

	/** A list of years: 2020年、2021年和2022年. */
	static final Pattern YEAR_LIST = Pattern.compile("(?:19|20)\\d{2}年(?:[、,，和及](?:19|20)\\d{2}年)+");

	/**
	 * 截至6月底, 2022年6月末, 截至2022年7月: the end of a month, the date of a stock; 截止一季度末, the
	 * end of a quarter's last month.
	 */
	private static final Pattern MONTH_END = Pattern
		.compile("(?<![比较])(?:(?:截至|截止|到)?(?:((?:19|20)\\d{2})年|今年)?)(?:(\\d{1,2})月(?:底|末)|第?([一二三四])季度末)"
				+ "|(?:截至|截止)(?:((?:19|20)\\d{2})年|今年)?(\\d{1,2})月(?![份底末\\d])");

	/** 2013年7月, opening a sentence: not a span (7-9月) nor a month's end (7月底). */
	private static final Pattern OPENING_MONTH = Pattern
		.compile("\\s*((?:19|20)\\d{2})年(\\d{1,2})月(?![底末份至到\\-—~～\\d])(?:\\d{1,2}日)?[,，]");

	/** 到2025年, 至2030年: the year of a goal; not 截至2021年底, the date of a figure. */
	private static final Pattern TARGET_YEAR = Pattern.compile("(?<![截])(?:到|至)((?:19|20)\\d{2})年");

	/**
	 * The year a clause speaks of (2022年四川…), not one compared with (比2010年, 是2010年的2倍)
	 * nor a span's or goal's.
	 */
	private static final Pattern CLAUSE_YEAR = Pattern
		.compile("(?<![比较同是于与到至截止0-9-])((?:19|20)\\d{2})年(?![的底末初度]|\\d|至|到|-)");

	/**
	 * A stock counted up to a date (累计, 总数): stated for a span, it is as of the span's
	 * end.
	 */
	private static final Pattern STOCK = Pattern
		.compile("累计(?!投入|完成|实现|签订|签约|成交|发布|支出|培育|新增)|(?<!新增)总数|(?<!新增)总量|有效期内|保有量");

	/** A paragraph that opens with what a plan sets out: 《工作要点》还提出, 《规划》明确. */
	private static final Pattern PLAN_SAYS = Pattern
		.compile("《[^》]{1,40}》(?:还|也|同时|进一步)?(?:提出|明确|要求)" + "|(?:此外|同时|另外)?,?(?:该省|该市|我省|我市|全省|全市)(?:还|也|同时)?将");

	/**
	 * 计划 opening a clause is the verb, to plan (计划规模以上工业产值增长12%), not a programme's name.
	 */
	private static final Pattern PLANNED = Pattern.compile("(?:^|[,;:。])计划(?!项目|单列|名单)");

	private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|去年|上年|过去(?:的)?一年");

	/** A clause that opens on the year before the page's: 过去一年, 去年. */
	private static final Pattern PAST_YEAR_OPENING = Pattern.compile("过去(?:的)?一年|去年(?!同期)");

	/** A year that names a meeting, not the period of figures: 2025年全省科技工作会议. */
	private static final Pattern MEETING_AFTER = Pattern.compile("^[\\p{IsHan}]{0,12}?(?:会议|大会|工作会|年会)");

	/** 2013年至2015年, 2016-2020年: a span of whole years. */
	private static final Pattern YEAR_SPAN = Pattern
		.compile("((?:19|20)\\d{2})年?\\s*(?:至|到|-|—|–|~|～)\\s*((?:19|20)\\d{2})年");

	/** The last years up to the page's: 近3年来, 近五年. */
	private static final Pattern RECENT_YEARS = Pattern
		.compile("(?:近|过去)([2-9两二三四五六七八九十])年(?:来|以来)?|(?<![连续第])([2-9两二三四五六七八九十])年(?:来|以来)");

	/**
	 * A five-year plan's period: "十三五"期间 is 2016 to 2020; 以来, from its start; 末期, its
	 * last year.
	 */
	private static final Pattern PLAN_PERIOD = Pattern.compile("十([一二三四五])五[\"”]?(期间|时期|以来|末期?)");

	/** The day of the page: 截至目前, 目前, 至此, 至今, 近日. */
	private static final Pattern AS_OF_NOW = Pattern.compile("截至目前|截止目前|目前|至此|至今|近日");

	/** 1-6月, 1月到6月, 1至5月份. */
	private static final Pattern MONTHS = Pattern
		.compile("(?<![0-9])(\\d{1,2})(?:月份?)?\\s*(?:到|至|-|—|–|~|～)\\s*(\\d{1,2})月");

	private static final Map<String, int[]> NAMED_SPANS = new LinkedHashMap<>(Map.of("上半年", new int[] { 1, 6 }, "下半年",
			new int[] { 7, 12 }, "前三季度", new int[] { 1, 9 }, "一季度", new int[] { 1, 3 }));

	private final IngestRules rules;

	private final String text;

	private final @Nullable Integer publishedYear;

	private final @Nullable String publishedMonth;

	Periods(Reading reading) {
		this.rules = reading.rules();
		this.text = reading.text();
		this.publishedYear = reading.publishedYear();
		this.publishedMonth = reading.publishedMonth();
	}

	/**
	 * A clause's period and status; the period the clauses after it in its sentence start
	 * from; and the period it hands on to the next sentence, or null to hand on what the
	 * sentence would.
	 */
	record Dated(@Nullable String period, String status, @Nullable String carried, @Nullable String handedOn) {
	}

	/**
	 * The period and status of a clause, from the period the clause before left: a year
	 * one of its clauses names (据…2023年…了解到,2022年四川…;高新技术企业… is still of 2022) is handed
	 * on to the next sentence.
	 */
	Dated date(int clauseStart, int clauseEnd, int sentenceStart, int scopeStart, @Nullable String period) {
		String handedOn = null;
		// 到2025年 sets the target year from its clause on, 2013年至2015年 a span.
		var clause = this.text.substring(clauseStart, clauseEnd);
		var span = yearSpan(clause);
		var year = CLAUSE_YEAR.matcher(clause);
		// 面向2027年、2030年、2035年: horizons, not the period of the figures after.
		if (span == null && clauseStart > sentenceStart && year.find() && !YEAR_LIST.matcher(clause).find()
				&& !MEETING_AFTER.matcher(clause.substring(year.end())).find()) {
			// 据…2023年…会议上了解到,2022年四川…: the nearest year before the figures.
			period = year.group(1);
			handedOn = period;
		}
		else if (span == null && clauseStart > sentenceStart && this.publishedYear != null
				&& PAST_YEAR_OPENING.matcher(clause).lookingAt()) {
			// 从…会议上可知,过去一年,吉林省…: the year before the page's.
			period = String.valueOf(this.publishedYear - 1);
			handedOn = period;
		}
		period = (span != null) ? span : clausePeriod(clause, period);
		if (this.publishedMonth != null && clauseStart > sentenceStart && !YEAR.matcher(clause).find()
				&& AS_OF_NOW.matcher(clause).find()) {
			// 组织实施134个项目,截至目前,102个项目已开工: as of the page's month from here on.
			period = this.publishedMonth;
		}
		var targetYear = TARGET_YEAR.matcher(clause);
		if (span == null && targetYear.find()) {
			period = targetYear.group(1);
		}
		var status = (targetScope(scopeStart, clauseEnd) || afterPublication(period)) ? "TARGET" : "ACHIEVED";
		if (status.equals("TARGET") && estimateOfThePast(scopeStart, clauseEnd, period)) {
			// 2019年…经费支出预计达1648亿元, on a page of 2020: an estimate of what
			// was.
			status = "ACHIEVED";
		}
		return new Dated((STOCK.matcher(clause).find()) ? asOfItsEnd(period) : period, status, period, handedOn);
	}

	/**
	 * The period the next sentence starts from: the one this sentence handed on, except
	 * that 截至目前 dates its own sentence by the page's month, not the sentences after.
	 */
	@Nullable String after(String sentence, @Nullable String before, @Nullable String own, @Nullable String handedOn) {
		return (own != null && own.equals(this.publishedMonth) && !own.equals(before)
				&& AS_OF_NOW.matcher(sentence).find()) ? before : handedOn;
	}

	/**
	 * The period a new paragraph starts from: 上半年 in one paragraph does not date the next
	 * one's figures; its year does.
	 */
	static @Nullable String atNewParagraph(@Nullable String period) {
		return (period != null && period.matches("\\d{4}-.*")) ? period.substring(0, 4) : period;
	}

	/**
	 * The period a sentence speaks of: its year (2022年, 今年, 去年; not the year of a
	 * comparison, 比上年), narrowed by a span of months (1-6月, 1月到6月, 上半年, 前三季度); else the
	 * period of the sentence before.
	 */
	@Nullable String ofSentence(String sentence, @Nullable String carried) {
		String year = null;
		var explicit = YEAR.matcher(sentence);
		while (explicit.find()) {
			if ((explicit.start() == 0 || "比较同".indexOf(sentence.charAt(explicit.start() - 1)) < 0)
					&& !MEETING_AFTER.matcher(sentence.substring(explicit.end())).find()) {
				year = explicit.group(1);
				break;
			}
		}
		if (year == null && this.publishedYear != null) {
			var relative = RELATIVE_YEAR.matcher(sentence);
			while (relative.find()) {
				if (relative.start() == 0 || "比较同".indexOf(sentence.charAt(relative.start() - 1)) < 0) {
					year = String.valueOf(this.publishedYear + (relative.group().equals("今年") ? 0 : -1));
					break;
				}
			}
		}
		var monthEnd = MONTH_END.matcher(sentence);
		if (monthEnd.find() && beforeAnyFigure(sentence, monthEnd.start())) {
			// 截至6月底, 今年6月底; 统计数据显示,截至2022年6月末,…: a stock as of the month's end.
			var statedYear = (monthEnd.group(1) != null) ? monthEnd.group(1) : monthEnd.group(4);
			var endYear = (statedYear != null) ? statedYear
					: (year != null) ? year : (carried != null) ? carried.substring(0, 4)
							: (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
			int month = (monthEnd.group(2) != null) ? Integer.parseInt(monthEnd.group(2)) : (monthEnd.group(3) != null)
					? 3 * ("一二三四".indexOf(monthEnd.group(3)) + 1) : Integer.parseInt(monthEnd.group(5));
			if (endYear != null && month >= 1 && month <= 12) {
				return "%s-%02d".formatted(endYear, month);
			}
		}
		var month = OPENING_MONTH.matcher(sentence);
		if (month.lookingAt() && Integer.parseInt(month.group(2)) <= 12) {
			// 2013年7月,高新区…8000多家: the month the sentence opens on dates its figures.
			return "%s-%02d".formatted(month.group(1), Integer.parseInt(month.group(2)));
		}
		var leadingSpan = yearSpan(sentence);
		if (leadingSpan != null && beforeAnyFigure(sentence, sentence.length())) {
			// "十三五"时期,湖北…多项指标实现大幅提升。该省…由3317家增至10400家: a sentence with no
			// figure that names a span of years frames the sentences after it.
			return leadingSpan;
		}
		var asOfNow = AS_OF_NOW.matcher(sentence);
		if (year == null && asOfNow.find()
				&& sentence.substring(0, asOfNow.start())
					.chars()
					.noneMatch(c -> Reading.CLAUSE_BREAKS.indexOf(c) >= 0)) {
			// 截至目前 opening the sentence dates all of it; later on, only its own clauses.
			// On a page with no date, "now" is no year the text names: the year of an
			// earlier sentence would be wrong.
			return this.publishedMonth;
		}
		var span = leadingMonthSpan(sentence);
		if (span != null) {
			var spanYear = (year != null) ? year : (carried != null) ? carried.substring(0, 4)
					: (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
			return (spanYear == null) ? null : "%s-%02d/%s-%02d".formatted(spanYear, span[0], spanYear, span[1]);
		}
		return (year != null) ? year : carried;
	}

	/**
	 * Whether the sentence states no figure before the place: the years it names aside,
	 * what comes before is its opening (统计数据显示,…), not a figure's clause.
	 */
	private static boolean beforeAnyFigure(String sentence, int at) {
		var withoutYears = YEAR.matcher(sentence).replaceAll(m -> "_".repeat(m.group().length()));
		for (int i = 0; i < at; i++) {
			if (Character.isDigit(withoutYears.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The span of whole years a clause names (2013年至2015年; "十三五"期间, 2016 to 2020), which
	 * governs it and the clauses after it in its sentence; null when it names none.
	 */
	private @Nullable String yearSpan(String clause) {
		var years = YEAR_SPAN.matcher(clause);
		if (years.find() && Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2))) {
			return years.group(1) + "/" + years.group(2);
		}
		var recent = RECENT_YEARS.matcher(clause);
		if (recent.find() && this.publishedYear != null) {
			var count = ChineseNumbers.at((recent.group(1) != null) ? recent.group(1) : recent.group(2), 0)
				.map(f -> (int) f.value())
				.orElse(0);
			// A page of the year's first months (its work conference) looks back on the
			// years before it.
			int last = (this.publishedMonth != null && Integer.parseInt(this.publishedMonth.substring(5)) <= 2)
					? this.publishedYear - 1 : this.publishedYear;
			if (count >= 2) {
				return (last - count + 1) + "/" + last;
			}
		}
		var plan = PLAN_PERIOD.matcher(clause);
		if (plan.find()) {
			int first = 2006 + 5 * "一二三四五".indexOf(plan.group(1).charAt(0));
			if (plan.group(2).startsWith("末")) {
				return String.valueOf(first + 4);
			}
			int last = (plan.group(2).equals("以来") && this.publishedYear != null) ? this.publishedYear : first + 4;
			return first + "/" + last;
		}
		return null;
	}

	/** The year the page was published, or null. */
	@Nullable String pageYear() {
		return (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
	}

	/** The year of a period: 2022 of 2022, and of 2022-01/2022-06. */
	static @Nullable Integer yearOf(@Nullable String period) {
		return (period == null) ? null : Integer.valueOf(period.substring(0, 4));
	}

	/**
	 * The span of months a sentence opens with (1-6月,全省…; 2018年上半年,…), which frames it
	 * and the sentences after it; one named after the first figure (…45项,1-11月份专利授权…)
	 * qualifies only its own clauses.
	 */
	private static int @Nullable [] leadingMonthSpan(String sentence) {
		var span = monthSpan(sentence);
		if (span == null) {
			return null;
		}
		var withoutYears = YEAR.matcher(sentence).replaceAll(m -> "_".repeat(m.group().length()));
		var months = MONTHS.matcher(withoutYears);
		int at = months.find() ? months.start() : -1;
		if (at < 0) {
			for (var named : NAMED_SPANS.keySet()) {
				int i = withoutYears.indexOf(named);
				at = (i >= 0 && (at < 0 || i < at)) ? i : at;
			}
		}
		for (int i = 0; i < at; i++) {
			if (Character.isDigit(withoutYears.charAt(i))) {
				return null;
			}
		}
		return span;
	}

	/**
	 * The period from a clause on: narrowed to the months it names (1-11月份), or widened
	 * back to the whole year by 全年.
	 */
	private static @Nullable String clausePeriod(String clause, @Nullable String period) {
		if (period == null || period.length() < 4 || period.contains("/") && period.length() == 9) {
			return period;
		}
		var year = period.substring(0, 4);
		var span = monthSpan(clause);
		if (span != null) {
			return "%s-%02d/%s-%02d".formatted(year, span[0], year, span[1]);
		}
		return clause.contains("全年") ? year : period;
	}

	/** The first and last month of a span the sentence names, or null. */
	private static int @Nullable [] monthSpan(String sentence) {
		var months = MONTHS.matcher(sentence);
		if (months.find()) {
			int from = Integer.parseInt(months.group(1));
			int to = Integer.parseInt(months.group(2));
			if (from >= 1 && from < to && to <= 12) {
				return new int[] { from, to };
			}
		}
		// 截止一季度末: the end of a quarter, not the quarter.
		var spans = sentence.replace("季度末", "___");
		for (var named : NAMED_SPANS.entrySet()) {
			if (spans.contains(named.getKey())) {
				return named.getValue();
			}
		}
		return null;
	}

	/**
	 * Whether a goal governs the text up to the end of a clause: a word of aim (力争, 目标,
	 * 预计, 到2025年) since the last full stop, across semicolons and list items, except
	 * where it reports a goal met (完成年度目标的60%).
	 */
	private boolean targetScope(int scopeStart, int clauseEnd) {
		var scope = this.text.substring(scopeStart, clauseEnd);
		for (var met : this.rules.numbers().goalMet()) {
			scope = scope.replace(met, "");
		}
		if (TARGET_YEAR.matcher(scope).find() || PLANNED.matcher(scope).find()) {
			return true;
		}
		int paragraphStart = this.text.lastIndexOf('\n', scopeStart) + 1;
		if (PLAN_SAYS.matcher(this.text).region(paragraphStart, clauseEnd).lookingAt()) {
			// 《工作要点》提出,…。着力…,全省新认定…5家: the plan's paragraph is its goals; so is
			// a paragraph that opens on what the province will do (此外,该省还将…).
			return true;
		}
		for (var word : this.rules.numbers().target()) {
			int at = scope.indexOf(word);
			if (at >= 0 && !(word.equals("将") && scope.startsWith("将近", at))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the only word of aim in scope is 预计 (or 估计), for a year before the page's:
	 * an estimate of a past figure, not a goal.
	 */
	private boolean estimateOfThePast(int scopeStart, int clauseEnd, @Nullable String period) {
		var year = yearOf(period);
		if (year == null || this.publishedYear == null || year >= this.publishedYear) {
			return false;
		}
		var scope = this.text.substring(scopeStart, clauseEnd);
		if (!scope.contains("预计") || TARGET_YEAR.matcher(scope).find()) {
			return false;
		}
		for (var word : this.rules.numbers().target()) {
			if (!word.equals("预计") && scope.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The last month of a span of months (2021-01/2021-03 is as of 2021-03); else the
	 * period.
	 */
	private static @Nullable String asOfItsEnd(@Nullable String period) {
		if (period != null && period.matches("\\d{4}-\\d{2}/\\d{4}-\\d{2}")) {
			return period.substring(8);
		}
		return period;
	}

	/**
	 * A figure for a year the article had not reached yet can only be a goal: 到2025年 in
	 * one sentence governs the list of figures that follows it.
	 */
	private boolean afterPublication(@Nullable String period) {
		var year = yearOf(period);
		return year != null && this.publishedYear != null && year > this.publishedYear;
	}

}

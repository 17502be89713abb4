package org.innograph.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Phrases of time read as periods: years (2022年), spans of years (2013年至2015年, 近3年来,
 * "十三五"期间), spans of months (1-6月, 上半年), and the year of a period once written.
 * {@link Periods} decides which of them governs a clause.
 */
final class DatePhrases {

	static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

	/** A list of years: 2020年、2021年和2022年. */
	static final Pattern YEAR_LIST = Pattern.compile("(?:19|20)\\d{2}年(?:[、,，和及](?:19|20)\\d{2}年)+");

	/** 1-6月, 1月到6月, 1至5月份. */
	private static final Pattern MONTHS = Pattern
		.compile("(?<![0-9])(\\d{1,2})(?:月份?)?\\s*(?:到|至|-|—|–|~|～)\\s*(\\d{1,2})月");

	private static final Map<String, int[]> NAMED_SPANS = new LinkedHashMap<>(Map.of("上半年", new int[] { 1, 6 }, "下半年",
			new int[] { 7, 12 }, "前三季度", new int[] { 1, 9 }, "一季度", new int[] { 1, 3 }));

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

	private final @Nullable Integer publishedYear;

	private final @Nullable String publishedMonth;

	DatePhrases(@Nullable Integer publishedYear, @Nullable String publishedMonth) {
		this.publishedYear = publishedYear;
		this.publishedMonth = publishedMonth;
	}

	/**
	 * Whether the sentence states no figure before the place: the years it names aside,
	 * what comes before is its opening (统计数据显示,…), not a figure's clause.
	 */
	static boolean beforeAnyFigure(String sentence, int at) {
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
	@Nullable String yearSpan(String clause) {
		var years = YEAR_SPAN.matcher(clause);
		if (years.find() && Integer.parseInt(years.group(1)) < Integer.parseInt(years.group(2))) {
			return years.group(1) + "/" + years.group(2);
		}
		var recent = RECENT_YEARS.matcher(clause);
		if (recent.find() && this.publishedYear != null) {
			var count = ChineseNumbers.at((recent.group(1) != null) ? recent.group(1) : recent.group(2), 0)
				.map(f -> (int) f.value())
				.orElse(0);
			// 过去五年 counts whole years, whose figures are known once a year ends: on a
			// page before November, the last of them is the year before the page's.
			int last = (this.publishedMonth != null && Integer.parseInt(this.publishedMonth.substring(5)) <= 10)
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

	/** The year of a period: 2022 of 2022, and of 2022-01/2022-06. */
	static @Nullable Integer yearOf(@Nullable String period) {
		return (period == null) ? null : Integer.valueOf(period.substring(0, 4));
	}

	/**
	 * The span of months a sentence opens with (1-6月,全省…; 2018年上半年,…), which frames it
	 * and the sentences after it; one named after the first figure (…45项,1-11月份专利授权…)
	 * qualifies only its own clauses.
	 */
	static int @Nullable [] leadingMonthSpan(String sentence) {
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
	static @Nullable String clausePeriod(String clause, @Nullable String period) {
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
	 * The last month of a span of months (2021-01/2021-03 is as of 2021-03); else the
	 * period.
	 */
	static @Nullable String asOfItsEnd(@Nullable String period) {
		if (period != null && period.matches("\\d{4}-\\d{2}/\\d{4}-\\d{2}")) {
			return period.substring(8);
		}
		return period;
	}

}

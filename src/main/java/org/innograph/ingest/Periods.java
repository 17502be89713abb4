package org.innograph.ingest;

import static org.innograph.ingest.DatePhrases.YEAR;
import static org.innograph.ingest.DatePhrases.YEAR_LIST;
import static org.innograph.ingest.DatePhrases.asOfItsEnd;
import static org.innograph.ingest.DatePhrases.beforeAnyFigure;
import static org.innograph.ingest.DatePhrases.clausePeriod;
import static org.innograph.ingest.DatePhrases.leadingMonthSpan;
import static org.innograph.ingest.Goals.TARGET_YEAR;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The period each clause speaks of and whether it states a goal: the nearest year (2022年,
 * 今年, 去年), narrowed by months (1-6月, 上半年) or widened to a span of years (2013年至2015年,
 * "十三五"期间), carried from sentence to sentence; a word of aim (力争, 到2027年) makes the rest
 * of its sentence a target.
 * <p>
 * The rules that pick the governing period are here; reading the phrases of time is in
 * {@link DatePhrases}, telling a goal from what was achieved in {@link Goals}.
 */
final class Periods {

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

	private static final Pattern RELATIVE_YEAR = Pattern.compile("今年|去年|上年|过去(?:的)?一年");

	/** A clause that opens on the year before the page's: 过去一年, 去年. */
	private static final Pattern PAST_YEAR_OPENING = Pattern.compile("过去(?:的)?一年|去年(?!同期)");

	/** A year that names a meeting, not the period of figures: 2025年全省科技工作会议. */
	private static final Pattern MEETING_AFTER = Pattern.compile("^[\\p{IsHan}]{0,12}?(?:会议|大会|工作会|年会)");

	/** The day of the page: 截至目前, 目前, 至此, 至今, 近日. */
	private static final Pattern AS_OF_NOW = Pattern.compile("截至目前|截止目前|目前|至此|至今|近日");

	private final String text;

	private final @Nullable Integer publishedYear;

	private final @Nullable String publishedMonth;

	private final DatePhrases phrases;

	private final Goals goals;

	Periods(Reading reading) {
		this.text = reading.text();
		this.publishedYear = reading.publishedYear();
		this.publishedMonth = reading.publishedMonth();
		this.phrases = new DatePhrases(this.publishedYear, this.publishedMonth);
		this.goals = new Goals(reading);
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
		var span = this.phrases.yearSpan(clause);
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
		var status = (this.goals.targetScope(scopeStart, clauseEnd) || this.goals.afterPublication(period)) ? "TARGET"
				: "ACHIEVED";
		if (status.equals("TARGET") && this.goals.estimateOfThePast(scopeStart, clauseEnd, period)) {
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
			// 比上年, 是2012年的6.4倍, 与2012年相比: the year of a comparison.
			if ((explicit.start() == 0 || "比较同是与".indexOf(sentence.charAt(explicit.start() - 1)) < 0)
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
		var leadingSpan = this.phrases.yearSpan(sentence);
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

	/** The year the page was published, or null. */
	@Nullable String pageYear() {
		return (this.publishedYear != null) ? String.valueOf(this.publishedYear) : null;
	}

}

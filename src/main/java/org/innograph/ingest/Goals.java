package org.innograph.ingest;

import static org.innograph.ingest.DatePhrases.yearOf;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whether a clause states a goal rather than what was achieved: a word of aim (力争,
 * 到2027年, 计划) in scope, a plan's paragraph, a year the page had not reached; but not an
 * estimate of a past year's figure.
 */
final class Goals {

	/** 到2025年, 至2030年: the year of a goal; not 截至2021年底, the date of a figure. */
	private static final Pattern A_GOAL_MET = Pattern.compile("完成[^,;。]{0,6}?目标(?:任务)?");

	static final Pattern TARGET_YEAR = Pattern.compile("(?<![截])(?:到|至)((?:19|20)\\d{2})年");

	/** A paragraph that opens with what a plan sets out: 《工作要点》还提出, 《规划》明确. */
	private static final Pattern PLAN_SAYS = Pattern
		.compile("《[^》]{1,40}》(?:还|也|同时|进一步)?(?:提出|明确|要求)" + "|(?:此外|同时|另外)?,?(?:该省|该市|我省|我市|全省|全市)(?:还|也|同时)?将");

	/**
	 * 计划 opening a clause is the verb, to plan (计划规模以上工业产值增长12%), not a programme's name.
	 */
	private static final Pattern PLANNED = Pattern.compile("(?:^|[,;:。])计划(?!项目|单列|名单)");

	private final IngestRules rules;

	private final String text;

	private final @Nullable Integer publishedYear;

	Goals(Reading reading) {
		this.rules = reading.rules();
		this.text = reading.text();
		this.publishedYear = reading.publishedYear();
	}

	/**
	 * Whether a goal governs the text up to the end of a clause: a word of aim (力争, 目标,
	 * 预计, 到2025年) since the last full stop, across semicolons and list items, except
	 * where it reports a goal met (完成年度目标的60%).
	 */
	boolean targetScope(int scopeStart, int clauseEnd) {
		var scope = this.text.substring(scopeStart, clauseEnd);
		for (var met : this.rules.numbers().goalMet()) {
			scope = scope.replace(met, "");
		}
		// 提前2年完成倍增目标: a goal met is no goal still to reach.
		scope = A_GOAL_MET.matcher(scope).replaceAll("");
		if (aimsAtAYearToCome(scope) || PLANNED.matcher(scope).find()) {
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
	 * Whether the text names a year it aims at (到2025年) that the page had not passed: on
	 * a page of 2017, 到2016年达到1837家 tells what was reached.
	 */
	private boolean aimsAtAYearToCome(String scope) {
		var target = TARGET_YEAR.matcher(scope);
		while (target.find()) {
			if (this.publishedYear == null || Integer.parseInt(target.group(1)) >= this.publishedYear) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the only word of aim in scope is 预计 (or 估计), for a year before the page's:
	 * an estimate of a past figure, not a goal.
	 */
	boolean estimateOfThePast(int scopeStart, int clauseEnd, @Nullable String period) {
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
	 * A figure for a year the article had not reached yet can only be a goal: 到2025年 in
	 * one sentence governs the list of figures that follows it.
	 */
	boolean afterPublication(@Nullable String period) {
		var year = yearOf(period);
		return year != null && this.publishedYear != null && year > this.publishedYear;
	}

}

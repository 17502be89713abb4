package org.innograph.ingest;

import java.util.regex.Pattern;

import org.innograph.ingest.Proposal.ProposedFact;
import org.jspecify.annotations.Nullable;

/**
 * Figures written without a counter: a multiple of a base year's figure (较2010年翻一番,
 * 是2012年的6.4倍), in times, and a run of years (连续八年), in years.
 */
final class MultiplesAndRuns implements RuleFamily {

	/**
	 * 较2010年翻一番, 是2012年的6.4倍, 较上年度翻一番, 在2010年基础上两年翻一番: a multiple of a base year's
	 * figure.
	 */
	private static final Pattern MULTIPLE = Pattern.compile(
			"(?:较|比|是|为|在)((?:19|20)\\d{2}年|上年|去年|上一年)(?:度)?(?:的|基础上(?:[一两二三四五六七八九十]年)?)?(?:翻了?([一两二三四])番|(\\d+(?:\\.\\d+)?|[两二三四五六七八九十])倍)");

	/**
	 * 增长3.4倍, 翻两番, 是上一个五年的3倍: a multiple with no base year, or with a base in words. Kept
	 * as written: 增长1.6倍 is 1.6 (what the text says), not 2.6.
	 */
	private static final Pattern GROWTH_MULTIPLE = Pattern.compile(
			"(增长|增加|提高|扩大)了?(\\d+(?:\\.\\d+)?|[两二三四五六七八九十])倍|翻了?([一两二三四])番|(?:是|为)(上一个五年|上个五年|全国平均水平|全国平均|全省平均)的(\\d+(?:\\.\\d+)?|[两二三四五六七八九十])倍");

	/** 连续3年, 连续八年: a run of years. */
	private static final Pattern YEARS_RUNNING = Pattern.compile("连续([0-9]{1,2}|[二三四五六七八九十两]{1,3})年");

	private final Reading reading;

	private final String text;

	private final Subjects subjects;

	private final MetricNames names;

	MultiplesAndRuns(Reading reading, Subjects subjects, MetricNames names) {
		this.reading = reading;
		this.text = reading.text();
		this.subjects = subjects;
		this.names = names;
	}

	@Override
	public void read(Clause clause) {
		yearsRunning(clause.start(), clause.end(), clause.period(), clause.status());
		multiples(clause.start(), clause.end(), clause.period(), clause.status());
	}

	/**
	 * 较2010年翻一番, 是2012年的6.4倍: a figure as a multiple of an earlier one, in times, named
	 * after what the clause before measured and the base it is compared with.
	 */
	private void multiples(int start, int end, @Nullable String period, String status) {
		var multiple = MULTIPLE.matcher(this.text).region(start, end);
		int basedTo = start;
		while (multiple.find()) {
			basedTo = multiple.end();
			double times;
			if (multiple.group(2) != null) {
				var doublings = ChineseNumbers.at(multiple.group(2), 0);
				if (doublings.isEmpty()) {
					continue;
				}
				times = Math.pow(2, doublings.get().value());
			}
			else {
				var figure = ChineseNumbers.at(multiple.group(3), 0);
				if (figure.isEmpty() || figure.get().end() != multiple.group(3).length()) {
					continue;
				}
				times = figure.get().value();
			}
			var name = this.names.orLast(this.names.before(start, multiple.start())) + "较" + multiple.group(1) + "倍数";
			var id = this.reading.factId("multiple", multiple.start(), multiple.end(), "");
			if (this.reading.isNew(id)) {
				this.reading.add(ProposedFact.metric(id, "multiple", 0.8, this.reading.quote(start, end), start, end,
						this.subjects.subject(start, multiple.start()), name, times, null, "times",
						this.reading.quote(multiple.start(), multiple.end()), "EXACT", period, status));
			}
		}
		var growth = GROWTH_MULTIPLE.matcher(this.text).region(basedTo, end);
		while (growth.find()) {
			var written = (growth.group(2) != null) ? growth.group(2) : growth.group(5);
			double times;
			if (written != null) {
				var figure = ChineseNumbers.at(written, 0);
				if (figure.isEmpty() || figure.get().end() != written.length()) {
					continue;
				}
				times = figure.get().value();
			}
			else {
				var doublings = ChineseNumbers.at(growth.group(3), 0);
				if (doublings.isEmpty()) {
					continue;
				}
				times = Math.pow(2, doublings.get().value());
			}
			var measured = this.names.orLast(this.names.before(start, growth.start()));
			var name = measured + ((growth.group(1) != null) ? "增长倍数"
					: (growth.group(4) != null) ? "较" + growth.group(4) + "倍数" : "倍数");
			var id = this.reading.factId("multiple", growth.start(), growth.end(), "");
			if (measured.length() >= 2 && this.reading.isNew(id)) {
				this.reading.add(ProposedFact.metric(id, "multiple", 0.75, this.reading.quote(start, end), start, end,
						this.subjects.subject(start, growth.start()), name, times, null, "times",
						this.reading.quote(growth.start(), growth.end()), "EXACT", period, status));
			}
		}
	}

	/**
	 * 连续八年稳居全国第一方阵, 已连续两年保持百亿成交额: how many years running something held, in years, named
	 * after what held.
	 */
	private void yearsRunning(int start, int end, @Nullable String period, String status) {
		var running = YEARS_RUNNING.matcher(this.text).region(start, end);
		while (running.find()) {
			var years = ChineseNumbers.at(running.group(1), 0);
			if (years.isEmpty() || years.get().end() != running.group(1).length() || years.get().value() < 2
					|| IngestRules.startsWithAny(this.text, running.end(), "荣获", "获得", "获评", "被评为", "入选", "获批")) {
				// 连续两年荣获…优秀: a title held each year, which the designation rule states.
				continue;
			}
			var before = this.names.before(start, running.start());
			int after = running.end();
			while (after < end && after < running.end() + 12 && !this.reading.isClauseBreak(after)
					&& !Character.isDigit(this.text.charAt(after))) {
				after++;
			}
			var held = this.text.substring(running.end(), after).replaceAll("[\"\\s]", "");
			if (held.isEmpty()) {
				continue;
			}
			var name = ((before.length() >= 2) ? before : "") + "连续" + held + "年数";
			var id = this.reading.factId("years-running", running.start(), after, "");
			if (this.reading.isNew(id)) {
				this.reading.add(ProposedFact.metric(id, "years-running", 0.8, this.reading.quote(start, end), start,
						end, this.subjects.subject(start, running.start()), name, years.get().value(), null, "year",
						this.reading.quote(running.start(), after), "EXACT", period, status));
			}
		}
	}

}

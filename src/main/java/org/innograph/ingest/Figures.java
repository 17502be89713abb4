package org.innograph.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.innograph.ingest.ChineseNumbers.Figure;
import org.innograph.ingest.Proposal.ProposedFact;
import org.innograph.ingest.Units.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Figures in Arabic or Chinese numerals with a counter or unit: a count or an amount
 * (300余家, 1.2万亿元), a share (四成), 十大省实验室, a change from one figure to another (从A减少至B), a
 * growth (同比增长N%) and a count of the places a list names; each with its bound, name and
 * subject. A figure after 第 is a place in a ranking, which {@link Rankings} reads.
 */
final class Figures implements RuleFamily {

	/** 投资1.1亿元创建的纳斯科创园: what an investment built, named after it. */
	private static final Pattern BUILT_WITH_IT = Pattern.compile("(?:创建|建设|建成|兴建|新建|打造)的(\\p{IsHan}{2,20})");

	/** After 前: a figure that names the top of a list (前三名, 前10位, 前五强). */
	private static final Pattern TOP_OF_LIST = Pattern.compile("(?:[二三四五六七八九十两]|\\d{1,3})(?:名|位|强)");

	/** 从2015年的, 由2016年底的: a change's first figure with its year. */
	private static final Pattern FROM_A_YEAR = Pattern.compile("(?:从|由)((?:19|20)\\d{2})年(?:底|末)?的?");

	/** 2017年的, before a figure: its year. */
	private static final Pattern YEAR_OF_A_FIGURE = Pattern.compile("((?:19|20)\\d{2})年(?:底|末)?的?");

	/** The digits a stated figure can have: more are the noise of binary fractions. */
	private static final MathContext SIGNIFICANT = new MathContext(12);

	private final Reading reading;

	private final IngestRules rules;

	private final String text;

	private final Units units;

	private final Bounds bounds;

	private final Subjects subjects;

	private final MetricNames names;

	private final Lists lists;

	private final Rankings rankings;

	Figures(Reading reading, Subjects subjects, MetricNames names, Lists lists, Rankings rankings) {
		this.reading = reading;
		this.rules = reading.rules();
		this.text = reading.text();
		this.units = new Units(reading);
		this.bounds = new Bounds(reading);
		this.subjects = subjects;
		this.names = names;
		this.lists = lists;
		this.rankings = rankings;
	}

	@Override
	public void read(Clause clause) {
		int start = clause.start();
		int end = clause.end();
		var consumed = new HashSet<Integer>();
		for (int i = start; i < end; i++) {
			if (consumed.contains(i) || !ChineseNumbers.startsFigure(this.text, i) || continuesWord(i)) {
				continue;
			}
			var figure = ChineseNumbers.at(this.text, i);
			if (figure.isEmpty() || figure.get().end() > end) {
				continue;
			}
			int next = figure(figure.get(), start, end, clause.sentenceStart(), clause.period(), clause.status());
			for (int k = i; k < Math.max(next, figure.get().end()); k++) {
				consumed.add(k);
			}
			i = Math.max(i, Math.max(next, figure.get().end()) - 1);
		}
	}

	/** Handles the figure; returns the index after everything it used. */
	private int figure(Figure figure, int start, int end, int sentenceStart, @Nullable String period, String status) {
		var numbers = this.rules.numbers();
		int j = figure.end();
		if (figure.start() > 0 && this.text.charAt(figure.start() - 1) == '第') {
			return this.rankings.ordinal(figure, start, end, sentenceStart, period);
		}
		int nameEnd = quotedNameEnd(figure, start, end);
		if (nameEnd > 0) {
			// "三项改革", "十大优秀平台", "四个面向": a figure inside a short quoted name names
			// it; it measures nothing.
			return nameEnd;
		}
		if (IngestRules.startingAt(this.text, j, IngestRules.longestFirst(numbers.notAFigureAfter())) != null
				&& !this.text.startsWith("日元", j)) {
			return j;
		}
		if (figure.chinese() && numbers.bigNumberedNoun() && j + 1 < end && this.text.charAt(j) == '大'
				&& ChineseCharacters.isHan(this.text.charAt(j + 1)) && figure.value() >= 2 && figure.value() <= 100
				&& !endsWithAny(figure.start(), "党的", "第")) {
			int nounEnd = this.names.phraseEnd(j + 1, end, 8);
			if (this.text.substring(nounEnd, end).chars().anyMatch(Character::isDigit)) {
				// 六大高新技术领域共实现总收入3643.7亿元: the group the figure after it is of, not
				// a count the clause reports.
				return nounEnd;
			}
			var noun = this.text.substring(j + 1, nounEnd);
			addMetric("numbered-noun", 0.7, start, end, figure.start(), nounEnd,
					this.subjects.subject(start, figure.start()), noun + "数量", figure.value(), null, "count",
					this.reading.quote(figure.start(), nounEnd), "EXACT", period, status);
			return nounEnd;
		}
		var unit = this.units.at(figure, j, end);
		if (unit == null) {
			return j;
		}
		int afterUnit = unit.end();
		var bounded = this.bounds.of(figure, unit);
		var bound = bounded.bound();
		int rawStart = bounded.start();
		int rawEnd = bounded.end();
		var value = figure.value() * unit.factor();
		int changeEnd = change(figure, unit, value, start, end, period, status);
		if (changeEnd >= 0) {
			return changeEnd;
		}
		var growth = IngestRules.endingAt(this.text, rawStart, numbers.growth());
		var decline = IngestRules.endingAt(this.text, rawStart, numbers.decline());
		if (growth != null || decline != null) {
			var word = (decline != null && (growth == null || decline.length() >= growth.length())) ? decline : growth;
			int wordStart = rawStart - word.length();
			// 同比增长10.5%: the growth of what the sentence measured last, unless the clause
			// names it.
			var name = this.names.ofGrowth(start, wordStart, decline == word);
			addMetric("growth", 0.85, start, end, wordStart, rawEnd, this.subjects.subject(start, wordStart), name,
					value, null, unit.unit(), this.reading.quote(wordStart, rawEnd), bound, period, status);
			return rawEnd;
		}
		int countedFrom = unit.unit().equals("count") ? this.lists.countedPlaces(rawStart) : -1;
		if (countedFrom >= start) {
			// 枝江、赤壁、谷城、潜江4个县(市)获批…: the places are what is counted; the count
			// is of the place the article is about (or the clause names before them), and
			// its name is what they did.
			var home = this.subjects.home();
			var whole = (this.subjects.namedSubject(start, countedFrom, true) == null && home != null)
					? this.reading.entities().use(home) : this.subjects.subject(start, countedFrom);
			addMetric("figure", unit.confidence(), start, end, countedFrom, rawEnd, whole,
					this.names.ofCountedPlaces(afterUnit, end), value, null, unit.unit(),
					this.reading.quote(rawStart, rawEnd), bound, period, status);
			return rawEnd;
		}
		var built = (unit.unit().equals("CNY") && rawStart >= 2 && this.text.startsWith("投资", rawStart - 2))
				? BUILT_WITH_IT.matcher(this.text).region(afterUnit, end) : null;
		if (built != null && built.lookingAt()) {
			// 某公司投资1.1亿元创建的纳斯科创园: the investment is the park's, whoever made it.
			var park = this.subjects.zoneNamedIn(built.start(1), built.end(1));
			if (park != null) {
				addMetric("figure", unit.confidence(), start, end, rawStart, rawEnd, park, "建设投资", value, null,
						unit.unit(), this.reading.quote(start, end), bound, period, status);
				return rawEnd;
			}
		}
		var name = unit.unit().equals("pp") ? this.names.ofPoints(start, rawStart) : this.lists.inPlaceList(rawStart)
				? this.names.ofListItems(start, rawStart) : this.names.of(start, rawStart, afterUnit, end);
		addMetric("figure", unit.confidence(), start, end, rawStart, rawEnd, this.subjects.subject(start, rawStart),
				name, value, null, unit.unit(), this.reading.quote(rawStart, rawEnd), bound, period, status);
		return rawEnd;
	}

	/**
	 * A change (从A减少至B) that the figure opens: the second figure, with this one as its
	 * value before. Returns the index after the change, or -1 when the figure opens none.
	 */
	private int change(Figure figure, Unit unit, double value, int start, int end, @Nullable String period,
			String status) {
		var numbers = this.rules.numbers();
		int afterUnit = unit.end();
		int fromAt = changeFrom(figure.start(), start);
		// 由15个工作日压缩至5个工作日: the counted noun may stand between the figure and
		// the verb.
		int toAt = afterUnit;
		String to = null;
		while (fromAt >= 0 && toAt < end && toAt <= afterUnit + 4
				&& (to = IngestRules.startingAt(this.text, toAt, numbers.changeTo())) == null
				&& ChineseCharacters.isHan(this.text.charAt(toAt))) {
			toAt++;
		}
		if (to == null) {
			return -1;
		}
		// 增加到2017年的3.3万家: the year of the second figure stands before it.
		var year = YEAR_OF_A_FIGURE.matcher(this.text).region(toAt + to.length(), end);
		if (year.lookingAt()) {
			to = to + year.group();
		}
		var noun = this.text.substring(afterUnit, toAt);
		// 由130亿元增长到突破1300亿元: a bound may stand between the verb and the figure.
		int secondAt = toAt + to.length();
		var secondBound = IngestRules.startingAt(this.text, secondAt, numbers.atLeastBefore());
		if (secondBound != null) {
			secondAt += secondBound.length();
		}
		var second = ChineseNumbers.at(this.text, secondAt);
		if (second.isEmpty() || second.get().end() > end) {
			return -1;
		}
		var secondUnit = this.units.at(second.get(), second.get().end(), end);
		if (secondUnit == null || !secondUnit.unit().equals(unit.unit())) {
			return -1;
		}
		int changeEnd = this.text.startsWith(noun, secondUnit.end()) ? secondUnit.end() + noun.length()
				: secondUnit.end();
		var name = this.text.substring(this.names.nameStart(start, fromAt), fromAt).strip() + noun;
		var years = changeYears(fromAt, second.get().start());
		addMetric("change", 0.9, start, end, fromAt, changeEnd, this.subjects.subject(start, fromAt),
				name.isEmpty() ? to : name, second.get().value() * secondUnit.factor(), value, unit.unit(),
				this.reading.quote(fromAt, changeEnd), (secondBound != null) ? "AT_LEAST" : "EXACT",
				(years != null) ? years : period, (years != null) ? "ACHIEVED" : status);
		return changeEnd;
	}

	/**
	 * The end of a short quoted name the figure stands in ("三项改革"), or -1: a quote of at
	 * most 12 characters, with no clause break, around the figure.
	 */
	private int quotedNameEnd(Figure figure, int clauseStart, int clauseEnd) {
		int open = this.text.lastIndexOf('"', figure.start() - 1);
		if (open < clauseStart || figure.start() - open > 8
				|| this.text.substring(clauseStart, open).chars().filter(c -> c == '"').count() % 2 != 0) {
			return -1;
		}
		int close = this.text.indexOf('"', figure.end());
		if (close < 0 || close >= clauseEnd || close - open > 13) {
			return -1;
		}
		var inside = this.text.substring(open + 1, close);
		return inside.chars().anyMatch(c -> Reading.CLAUSE_BREAKS.indexOf(c) >= 0) ? -1 : close + 1;
	}

	/** A digit inside a code or a name (415X, ICP13040577) is not a figure. */
	private boolean continuesWord(int i) {
		if (i == 0) {
			return false;
		}
		char before = this.text.charAt(i - 1);
		// 前三名, 前10位: the top of a list, not a count.
		if (before == '前' && TOP_OF_LIST.matcher(this.text).region(i, this.text.length()).lookingAt()) {
			return true;
		}
		boolean digit = Character.isDigit(this.text.charAt(i));
		if (digit) {
			// The second figure of a range (10-15家) is no fact on its own.
			boolean range = "-~—至".indexOf(before) >= 0 && i >= 2 && Character.isDigit(this.text.charAt(i - 2));
			return range || (Character.isLetterOrDigit(before) && !ChineseCharacters.isHan(before)) || before == '.';
		}
		// A Chinese numeral inside a word (统一, 一体化, 万物) rather than before a
		// counter is left to the counter check.
		return ChineseNumbers.isNumeral(before);
	}

	/** Where 从 (or 由) stands before the figure, allowing 平均 or 原 between; -1 if not. */
	private int changeFrom(int figureStart, int clauseStart) {
		for (var from : this.rules.numbers().changeFrom()) {
			for (var between : List.of("", "平均", "原来的", "原", "最多")) {
				int at = figureStart - between.length() - from.length();
				if (at >= clauseStart && this.text.startsWith(from + between, at)) {
					return at;
				}
			}
		}
		// 从2015年的1.1万家增加到2017年的3.3万家: the year of the figure before it.
		var dated = FROM_A_YEAR.matcher(this.text).region(Math.max(clauseStart, figureStart - 12), figureStart);
		while (dated.find()) {
			if (dated.end() == figureStart) {
				return dated.start();
			}
		}
		return -1;
	}

	/**
	 * The years of a change that names them (从2015年的1.1万家增加到2017年的3.3万家, 由2016年的…): the
	 * span from the first to the second, or null.
	 */
	private @Nullable String changeYears(int fromAt, int secondFigureAt) {
		var first = FROM_A_YEAR.matcher(this.text).region(fromAt, Math.min(this.text.length(), fromAt + 12));
		if (!first.lookingAt()) {
			return null;
		}
		var second = YEAR_OF_A_FIGURE.matcher(this.text).region(Math.max(fromAt, secondFigureAt - 8), secondFigureAt);
		int to = -1;
		while (second.find()) {
			if (second.end() == secondFigureAt) {
				to = Integer.parseInt(second.group(1));
			}
		}
		int from = Integer.parseInt(first.group(1));
		return (to > from) ? from + "/" + to : null;
	}

	private void addMetric(String rule, double confidence, int clauseStart, int clauseEnd, int anchorStart,
			int anchorEnd, @Nullable String subject, String name, double value, @Nullable Double previous, String unit,
			String rawText, String bound, @Nullable String period, String status) {
		var id = this.reading.factId(rule, anchorStart, anchorEnd, "");
		if (!this.reading.isNew(id)) {
			return;
		}
		// 4411.9亿元 is 441190000000, not 441189999999.99994.
		value = new BigDecimal(value).round(SIGNIFICANT).doubleValue();
		previous = (previous == null) ? null : new BigDecimal(previous).round(SIGNIFICANT).doubleValue();
		var clean = this.names.given(rule, name, unit);
		this.reading.anchor(id, anchorStart, anchorEnd);
		this.reading.add(ProposedFact.metric(id, rule, confidence, this.reading.quote(clauseStart, clauseEnd),
				clauseStart, clauseEnd, subject, clean, value, previous, unit, rawText, bound, period, status));
	}

	private boolean endsWithAny(int index, String... words) {
		for (var word : words) {
			if (index >= word.length() && this.text.startsWith(word, index - word.length())) {
				return true;
			}
		}
		return false;
	}

}

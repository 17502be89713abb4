package org.innograph.ingest;

import java.util.regex.Pattern;

import org.innograph.ingest.ChineseNumbers.Figure;
import org.innograph.ingest.Units.Unit;

/**
 * Whether a figure is exact or a bound: at least (超过, 突破, 以上, 300余家), at most (近, 不到, 以下)
 * or about (约, 左右), by the words of the rules around it, which the figure's quote then
 * takes in.
 */
final class Bounds {

	/** A figure's bound, and the span of the figure with its words of bound. */
	record Bounded(String bound, int start, int end) {
	}

	/** 约 that ends a word (签约73个, 合约, 预约), not "about". */
	private static final Pattern WORD_ENDING_IN_YUE = Pattern.compile("[签合预邀契节制公条]约$");

	private final IngestRules rules;

	private final String text;

	Bounds(Reading reading) {
		this.rules = reading.rules();
		this.text = reading.text();
	}

	/**
	 * The bound of a figure with its unit: the words after it, or 余 before the unit, win
	 * over those before it.
	 */
	Bounded of(Figure figure, Unit unit) {
		var numbers = this.rules.numbers();
		int afterUnit = unit.end();
		var bound = "EXACT";
		var before = IngestRules.endingAt(this.text, figure.start(), numbers.atLeastBefore());
		if (before != null) {
			bound = "AT_LEAST";
		}
		else if ((before = IngestRules.endingAt(this.text, figure.start(), numbers.atMostBefore())) != null) {
			bound = "AT_MOST";
		}
		else if ((before = IngestRules.endingAt(this.text, figure.start(), numbers.approximateBefore())) != null
				&& !WORD_ENDING_IN_YUE.matcher(this.text).region(0, figure.start()).find()) {
			bound = "APPROXIMATE";
		}
		else {
			before = null;
		}
		int rawStart = figure.start() - ((before == null) ? 0 : before.length());
		int rawEnd = afterUnit;
		if (unit.atLeast()) {
			bound = "AT_LEAST";
		}
		else if (unit.approximate()) {
			bound = "APPROXIMATE";
		}
		String after;
		if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.atLeastAfter())) != null
				&& !"多".equals(after)) {
			bound = "AT_LEAST";
			rawEnd += after.length();
		}
		else if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.atMostAfter())) != null) {
			bound = "AT_MOST";
			rawEnd += after.length();
		}
		else if ((after = IngestRules.startingAt(this.text, afterUnit, numbers.approximateAfter())) != null) {
			bound = "APPROXIMATE";
			rawEnd += after.length();
		}
		return new Bounded(bound, rawStart, rawEnd);
	}

}

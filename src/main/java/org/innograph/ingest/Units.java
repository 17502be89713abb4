package org.innograph.ingest;

import java.util.List;

import org.innograph.ingest.ChineseNumbers.Figure;
import org.jspecify.annotations.Nullable;

/**
 * The counter or unit after a figure (项, 家, 亿元, %, 个百分点), which makes it a figure worth
 * stating, and what it multiplies the figure by: 四成 is 40 %, 六分之一 16.67 %.
 */
final class Units {

	/**
	 * A figure's unit: what it is, what the figure is multiplied by, where it ends,
	 * whether 余 or 多 before it makes the figure a lower bound, how sure the rule is, and
	 * whether the value is rounded.
	 */
	record Unit(String unit, double factor, int end, boolean atLeast, double confidence, boolean approximate) {

		Unit(String unit, double factor, int end, boolean atLeast, double confidence) {
			this(unit, factor, end, atLeast, confidence, false);
		}

	}

	private final IngestRules rules;

	private final String text;

	Units(Reading reading) {
		this.rules = reading.rules();
		this.text = reading.text();
	}

	/** The counter or unit after a figure, skipping 余 or 多 ("300余家" is at least 300). */
	@Nullable Unit at(Figure figure, int j, int end) {
		boolean atLeast = false;
		if (j < end && (this.text.charAt(j) == '余' || this.text.charAt(j) == '多')) {
			atLeast = true;
			j++;
		}
		if (j >= end) {
			return atLeast ? null : moneyWithoutYuan(figure, j);
		}
		if (figure.chinese() && figure.value() == 1 && figure.end() - figure.start() == 1) {
			// 一 alone is an article ("一批", "一项"), not a count.
			return null;
		}
		var compound = IngestRules.startingAt(this.text, j,
				IngestRules.longestFirst(List.copyOf(this.rules.numbers().compoundCounters().keySet())));
		if (compound != null) {
			var compoundUnit = this.rules.numbers().compoundCounters().get(compound);
			return compoundUnit.isEmpty() ? null : new Unit(compoundUnit, 1, j + compound.length(), atLeast, 0.9);
		}
		if (this.text.startsWith("分之", j)) {
			// 六分之一 is 16.67 %, about; 四分之三 is 75 %.
			var numerator = ChineseNumbers.at(this.text, j + 2);
			if (numerator.isEmpty() || numerator.get().end() > end || figure.value() == 0) {
				return null;
			}
			double percent = numerator.get().value() / figure.value() * 100;
			double rounded = Math.round(percent * 100) / 100.0;
			return new Unit("%", rounded / figure.value(), numerator.get().end(), atLeast, 0.85,
					Math.abs(rounded - percent) > 1e-9);
		}
		var counter = String.valueOf(this.text.charAt(j));
		var unit = this.rules.numbers().counters().get(counter);
		if (unit == null) {
			return moneyWithoutYuan(figure, j);
		}
		if (counter.equals("成")) {
			// 四成 is 40 %; a 成 that starts a word (成果, 成为) is not a share.
			boolean word = j + 1 < this.text.length() && "果员为立功效本交绩长就型".indexOf(this.text.charAt(j + 1)) >= 0;
			if (word || figure.value() > 10) {
				return null;
			}
			return new Unit("%", 10, j + 1, atLeast, 0.85);
		}
		if (counter.equals("个") && j + 1 < this.text.length() && this.text.charAt(j + 1) == '人') {
			return null;
		}
		return new Unit(unit, 1, j + 1, atLeast, 0.9);
	}

	/** What is counted in money: 工业增加值达330亿, 营业收入1200亿. */
	private static final java.util.regex.Pattern MONEY_BEFORE = java.util.regex.Pattern
		.compile("(?:增加值|产值|收入|营收|投资|成交额|交易额|总额|税收|经费|资金|销售额|利润|生产总值|GDP)(?:达到|达|为|实现|突破|超过|超|逾|近|约)?$");

	/**
	 * 亿 or 万 without 元 after an amount of money: the article means yuan (工业增加值达330亿);
	 * after anything else (新增企业万余家 aside) it is no unit.
	 */
	private @Nullable Unit moneyWithoutYuan(Figure figure, int j) {
		char last = this.text.charAt(j - 1);
		if ((last != '亿' && last != '万') || figure.start() < 2) {
			return null;
		}
		var before = this.text.substring(Math.max(0, figure.start() - 12), figure.start());
		return MONEY_BEFORE.matcher(before).find() ? new Unit("CNY", 1, j, false, 0.7) : null;
	}

}
